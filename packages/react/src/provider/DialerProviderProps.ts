import type {
  BusConnection,
  BusTransport,
  CallRecord,
  CallTagsConfirmed,
  createSharedDialerStore,
  Diagnostic,
  DialerStore,
  SelectionStorage,
  TrafficEntry,
  UndocumentedCommandType,
} from '@dialer-kit/core';
import type { ReactNode } from 'react';
import type { ContactResolver } from '../contacts/contactDirectory';
import type { DialerMessagesOverrides } from '../messages';
import type { ShortcutOverrides } from '../shortcuts/shortcutKeys';
import type { TagOption } from './DialerContext';
import type { PageLifecycleOption } from './usePageLifecycle';

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
export interface DialerProviderSharedProps {
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
export type OwnedStoreProps = DialerProviderConnectionProps | DialerProviderSharedTabsProps;
