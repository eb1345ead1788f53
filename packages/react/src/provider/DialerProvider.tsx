import {
  createDialerStore,
  type DialerStore,
  type DialerStoreOptions,
  type SelectionStorage,
} from '@dialer-kit/core';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createContactDirectory } from '../contacts/contactDirectory';
import { mergeMessages } from '../mergeMessages';
import { usePhoneRules } from '../phone/usePhoneRules';
import { useShortcutSetup } from '../shortcuts/shortcutSetup';
import { DialerContext, type DialerContextValue, type TagOption } from './DialerContext';
import type {
  DialerProviderProps,
  DialerProviderSharedProps,
  DialerProviderSharedTabsProps,
  OwnedStoreProps,
} from './DialerProviderProps';
import { usePageLifecycle } from './usePageLifecycle';

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
