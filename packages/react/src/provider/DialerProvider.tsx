import {
  type BusConnection,
  type BusTransport,
  type CallRecord,
  type CallTagsConfirmed,
  createDialerStore,
  type createSharedDialerStore,
  type Diagnostic,
  type DialerStore,
  type DialerStoreOptions,
  type SelectionStorage,
  type TrafficEntry,
  type UndocumentedCommandType,
} from '@dialer-kit/core';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ContactResolver, createContactDirectory } from '../contacts/contactDirectory';
import { type DialerMessagesOverrides, mergeMessages } from '../messages';
import { usePhoneRules } from '../phone/usePhoneRules';
import type { ShortcutOverrides } from '../shortcuts/shortcutKeys';
import { useShortcutSetup } from '../shortcuts/shortcutSetup';
import { DialerContext, type DialerContextValue, type TagOption } from './DialerContext';
import { type PageLifecycleOption, usePageLifecycle } from './usePageLifecycle';

/**
 * The host's call lifecycle callbacks (`createDialerStore`'s options of the same names): each called once
 * per call whatever the order or repetition of bus events; one that throws is reported to `onDiagnostic`
 * and never breaks the kit. The latest functions are always used.
 */
export interface CallLifecycleCallbacks {
  /** A call is offered: pop the caller. */
  readonly onIncomingCall?: (record: CallRecord) => void;
  /** The call was answered (its first `connected`). */
  readonly onCallAnswered?: (record: CallRecord) => void;
  /** The call is over for the agent (`ended`, after mandatory tagging): its summary, to log it. */
  readonly onCallEnded?: (record: CallRecord) => void;
  /** The bus confirmed a call's tags (once per confirmed change). */
  readonly onCallTagged?: (tagged: CallTagsConfirmed) => void;
}

/** What {@link DialerProvider} takes whichever way it gets its store. */
interface DialerProviderSharedProps {
  /** The tag catalogue offered when tagging a call. Pass a stable array. */
  readonly tags?: readonly TagOption[];
  /** Overrides of any visible string. Pass a stable object. */
  readonly messages?: DialerMessagesOverrides;
  /**
   * Keyboard shortcuts, listened for where `<DialerShortcuts />` is rendered (default keys:
   * `defaultShortcuts`): other keys for any of them (`{ mute: 'Alt+Shift+X' }`, `false` for one to be off),
   * or `false` to turn them all off.
   */
  readonly shortcuts?: ShortcutOverrides | false;
  /**
   * The page keeps the dialer fresh: `resync` asks the bus for fresh state when the page is shown again,
   * back online or resumed; `leaveGuard` asks before leaving the page while a call is live or must be
   * tagged. Both on by default; `{ leaveGuard: false }` turns one off, `false` both.
   */
  readonly pageLifecycle?: PageLifecycleOption;
  /**
   * Looks up who a party is in the host's records, for every place the kit names a party (the latest
   * function is always used). Answers are cached per number or teammate id; a failure shows the bus's words
   * and is reported to `onDiagnostic` (`contact-failed`).
   * @example resolveContact={async (party, { signal }) => crm.find(party.phoneNumber, { signal })}
   */
  readonly resolveContact?: ContactResolver;
  /**
   * Called for every new diagnostic (the latest function is always used). Given a ready `store`, only the
   * provider's own (`contact-failed`, `phone-rules-unavailable`): the store's go to `createDialerStore`'s option of the same name.
   */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
  readonly children?: ReactNode;
}

/** The options of a store the provider creates, whether the tab's own or shared by the tabs. */
interface DialerProviderStoreOptions extends DialerProviderSharedProps, CallLifecycleCallbacks {
  readonly store?: never;
  /** Sent in `BUS.REGISTER`. */
  readonly appName: string;
  /** Sent in `BUS.REGISTER`. */
  readonly release: string;
  /** Called for every message in and out (the latest function is always used). */
  readonly onTraffic?: (entry: TrafficEntry) => void;
  /** Keeps the tag selection across reloads. Default `sessionStorage` when usable; `null` for none. */
  readonly storage?: SelectionStorage | null;
  /** The embedding window's origin sent in REGISTER. Default: the page's origin. */
  readonly origin?: string;
  readonly commandTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /**
   * Which commands outside the public protocol (`UNDOCUMENTED_COMMANDS`: SET_RECORDING, the MUTE payload)
   * the kit may send: all (`true`, the default), none (`false`) or those listed. The buttons of the
   * others are not shown.
   */
  readonly undocumentedCommands?: boolean | readonly UndocumentedCommandType[];
  /** The store's clock for arrival times and timers. Default: monotonic (see `DialerStoreOptions.now`). */
  readonly now?: () => number;
  /**
   * How long the bus may say nothing during a live call before the kit asks it for fresh state (ms, default
   * 30 000); unanswered, the call bar says the phone may be out of date. `false`: no watchdog.
   */
  readonly silenceLimitMs?: number | false;
  /**
   * How long the kit waits for the bus to answer REGISTER before sending it again (ms, default 500, doubled
   * up to 8 000): longer for a bus known to be slow to answer, so that it gets one REGISTER.
   */
  readonly registerRetryMs?: number;
}

/**
 * Props of a {@link DialerProvider} that owns its store: it creates it from these, starts it on mount and
 * disposes it on unmount. They are read once, at mount: remount (`key`) to change them.
 */
export interface DialerProviderConnectionProps extends DialerProviderStoreOptions {
  /** The channel to the bus (iframe transport, simulator, test fake). */
  readonly transport: BusTransport;
  /** `single` (default): this tab has its own bus; see {@link DialerProviderSharedTabsProps} for one bus per origin. */
  readonly tabs?: 'single';
  readonly connect?: never;
}

/**
 * Props of a {@link DialerProvider} whose store is shared by the tabs of the origin: one tab, elected,
 * opens the bus with `connect`; the others show its state, send through it and take it over when it
 * closes. Read once, at mount, like the connection props.
 */
export interface DialerProviderSharedTabsProps extends DialerProviderStoreOptions {
  /**
   * `createSharedDialerStore` of `@dialer-kit/core`: the tabs share one bus. Passed, not named by a string,
   * so that apps whose tabs do not share leave it out of their bundle (about 2.3 KB gz).
   */
  readonly tabs: typeof createSharedDialerStore;
  /** Opens the bus (its iframe and transport); called only in the tab that owns it, when it becomes owner. */
  readonly connect: () => BusConnection;
  /** The tabs that share one bus: those with the same name (default `dialer-kit`). */
  readonly tabName?: string;
  readonly transport?: never;
}

/**
 * Props of a {@link DialerProvider} given a ready store, for hosts that create it outside React (as
 * TanStack Query's provider takes a client). The host owns its lifetime: it calls `start()` and, when
 * done, `dispose()`; the provider never creates, starts, disposes or replaces it, so the store outlives
 * unmounts, remounts and StrictMode's double effects. The store's options (transport, callbacks, storage,
 * timeouts) are `createDialerStore`'s: the lifecycle callbacks (`onIncomingCall`, `onCallAnswered`,
 * `onCallEnded`, `onCallTagged`) go to `createDialerStore` too, not to the provider.
 */
export interface DialerProviderStoreProps extends DialerProviderSharedProps {
  /** The store the components read and command. Pass the same one on every render. */
  readonly store: DialerStore;
  readonly transport?: never;
  /** Pass the lifecycle callbacks to `createDialerStore`: the provider does not own this store. */
  readonly onIncomingCall?: never;
  readonly onCallAnswered?: never;
  readonly onCallEnded?: never;
  readonly onCallTagged?: never;
  readonly tabs?: never;
  readonly connect?: never;
}

/** Props of {@link DialerProvider}: the options to create its store (its own, or shared by the tabs), or a ready `store`. */
export type DialerProviderProps =
  | DialerProviderConnectionProps
  | DialerProviderSharedTabsProps
  | DialerProviderStoreProps;

/** The props of a provider that creates its store. */
type OwnedStoreProps = DialerProviderConnectionProps | DialerProviderSharedTabsProps;

interface StoreEntry {
  readonly store: DialerStore;
  disposed: boolean;
  disposeScheduled: boolean;
}

const NO_TAGS: readonly TagOption[] = [];

/** `sessionStorage` if this page may use it (it throws in some sandboxed frames), else nothing. */
function usableSessionStorage(): SelectionStorage | undefined {
  try {
    const storage = globalThis.sessionStorage;
    if (storage === undefined) return undefined;
    storage.setItem('dialer-kit:probe', '1');
    storage.removeItem('dialer-kit:probe');
    return storage;
  } catch {
    return undefined;
  }
}

/** The store's options a provider passes on as its props give them (one left out keeps the store's default). */
const STORE_OPTIONS = [
  'origin',
  'commandTimeoutMs',
  'requestTimeoutMs',
  'undocumentedCommands',
  'now',
  'silenceLimitMs',
  'registerRetryMs',
] as const;

/** The `keys` of `from` that are set: an option left `undefined` is not passed at all. */
function given<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) picked[key] = from[key];
  return picked;
}

const sharesTabs = (props: OwnedStoreProps): props is DialerProviderSharedTabsProps =>
  typeof props.tabs === 'function';

/** Creates the provider's store from its latest props; callbacks always reach the latest functions. */
function createEntry(latest: { readonly current: OwnedStoreProps }): StoreEntry {
  const p = latest.current;
  const storage = p.storage === null ? undefined : (p.storage ?? usableSessionStorage());
  const options: Omit<DialerStoreOptions, 'transport'> = {
    appName: p.appName,
    release: p.release,
    onDiagnostic: (diagnostic) => latest.current.onDiagnostic?.(diagnostic),
    onTraffic: (entry) => latest.current.onTraffic?.(entry),
    onIncomingCall: (record) => latest.current.onIncomingCall?.(record),
    onCallAnswered: (record) => latest.current.onCallAnswered?.(record),
    onCallEnded: (record) => latest.current.onCallEnded?.(record),
    onCallTagged: (tagged) => latest.current.onCallTagged?.(tagged),
    ...(storage === undefined ? {} : { storage }),
    ...given(p, STORE_OPTIONS),
  };
  const store = sharesTabs(p)
    ? p.tabs({ ...options, connect: p.connect, ...given(p, ['tabName']) })
    : createDialerStore({ ...options, transport: p.transport });
  return { store, disposed: false, disposeScheduled: false };
}

/**
 * Gives its descendants a dialer store: its own, created from the connection props (it brings the bus
 * connection up on mount and sends DESTROY on unmount), or the ready `store` a host owns. With
 * `tabs={createSharedDialerStore}` and `connect`, the tabs of the origin share one bus.
 * @example <DialerProvider transport={transport} appName="crm" release="1.0.0" tags={tags}>…</DialerProvider>
 * @example <DialerProvider store={store} tags={tags}>…</DialerProvider>
 * @example <DialerProvider tabs={createSharedDialerStore} connect={openBus} appName="crm" release="1.0.0">…</DialerProvider>
 */
export function DialerProvider(props: DialerProviderProps): ReactNode {
  if (props.store !== undefined) return <DialerContextProvider {...props} />;
  return <OwnedStoreProvider {...props} />;
}

/** Creates, starts and disposes its own store. */
function OwnedStoreProvider(props: OwnedStoreProps): ReactNode {
  const latest = useRef(props);
  latest.current = props;

  // A ref, not useState: StrictMode calls state initialisers twice but keeps one ref per instance.
  const entryRef = useRef<StoreEntry | null>(null);
  if (entryRef.current === null) entryRef.current = createEntry(latest);
  const store = entryRef.current.store;
  const [, setGeneration] = useState(0);

  useEffect(() => {
    let entry = entryRef.current ?? createEntry(latest);
    if (entry.disposed) {
      // Shown again after its effects were really torn down (e.g. <Activity>): the old store is closed.
      entry = createEntry(latest);
      entryRef.current = entry;
      setGeneration((n) => n + 1);
    }
    entry.disposeScheduled = false;
    entry.store.start();
    return () => {
      // StrictMode re-runs this effect at once: defer DESTROY so that re-run can cancel it.
      entry.disposeScheduled = true;
      queueMicrotask(() => {
        if (!entry.disposeScheduled) return;
        entry.disposed = true;
        entry.store.dispose();
      });
    };
  }, []);

  return <DialerContextProvider {...props} store={store} />;
}

/**
 * The context of one store, its tag catalogue, its strings, its shortcuts (`DialerShortcuts` listens), its
 * contacts and the phone-number rules, whose loading starts here. Once they are loaded, numbers read in
 * international format (`messages.format.phoneNumber`) unless the host's messages say otherwise. It keeps
 * the page's triggers (`pageLifecycle`).
 */
function DialerContextProvider(
  props: DialerProviderSharedProps & { readonly store: DialerStore },
): ReactNode {
  const { store, tags = NO_TAGS, messages, shortcuts: shortcutOption, pageLifecycle, children } = props;
  const latest = useRef(props);
  latest.current = props;
  usePageLifecycle(store, pageLifecycle);
  // The provider's own diagnostics, to the latest `onDiagnostic`; one that throws leaves nobody to tell.
  const report = useCallback(
    (code: 'contact-failed' | 'phone-rules-unavailable', message: string) => {
      try {
        latest.current.onDiagnostic?.({ seq: -1, at: store.now(), code, message });
      } catch {
        // Nothing to do: the host's diagnostic callback failed.
      }
    },
    [store],
  );
  const onPhoneFailure = useCallback(
    (error: unknown) =>
      report(
        'phone-rules-unavailable',
        `Phone-number rules failed to load; numbers are shown and typed in E.164 only: ${String(error)}`,
      ),
    [report],
  );
  const phone = usePhoneRules(onPhoneFailure);
  const merged = useMemo(() => {
    const base = mergeMessages(messages);
    if (phone.rules === undefined || messages?.format?.phoneNumber !== undefined) return base;
    return { ...base, format: { ...base.format, phoneNumber: phone.rules.formatNumber } };
  }, [messages, phone]);
  const shortcuts = useShortcutSetup(shortcutOption);
  // One cache per provider, whatever function the host passes on each render: the latest one is asked.
  const [contacts] = useState(() =>
    createContactDirectory(
      async (party, options) => latest.current.resolveContact?.(party, options),
      (message) => report('contact-failed', message),
    ),
  );
  const value = useMemo<DialerContextValue>(
    () => ({ store, tags, messages: merged, shortcuts, contacts, phone }),
    [store, tags, merged, shortcuts, contacts, phone],
  );
  return <DialerContext.Provider value={value}>{children}</DialerContext.Provider>;
}
