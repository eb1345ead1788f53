import {
  type BusTransport,
  createDialerStore,
  type Diagnostic,
  type DialerStore,
  type DialerStoreOptions,
  type SelectionStorage,
  type TrafficEntry,
  type UndocumentedCommandType,
} from '@dialer-kit/core';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type DialerMessagesOverrides, mergeMessages } from '../messages';
import { DialerContext, type DialerContextValue, type TagOption } from './DialerContext';

/** Props of {@link DialerProvider}. Connection props are read once, at mount: remount (`key`) to change them. */
export interface DialerProviderProps {
  /** The channel to the bus (iframe transport, simulator, test fake). */
  readonly transport: BusTransport;
  /** Sent in `BUS.REGISTER`. */
  readonly appName: string;
  /** Sent in `BUS.REGISTER`. */
  readonly release: string;
  /** The tag catalogue offered when tagging a call. Pass a stable array. */
  readonly tags?: readonly TagOption[];
  /** Overrides of any visible string. Pass a stable object. */
  readonly messages?: DialerMessagesOverrides;
  /** Called for every new diagnostic (the latest function is always used). */
  readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
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
  readonly children?: ReactNode;
}

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

/** Creates the provider's store from its latest props; callbacks always reach the latest functions. */
function createEntry(latest: { readonly current: DialerProviderProps }): StoreEntry {
  const p = latest.current;
  const storage = p.storage === null ? undefined : (p.storage ?? usableSessionStorage());
  const options: DialerStoreOptions = {
    transport: p.transport,
    appName: p.appName,
    release: p.release,
    onDiagnostic: (diagnostic) => latest.current.onDiagnostic?.(diagnostic),
    onTraffic: (entry) => latest.current.onTraffic?.(entry),
    ...(storage === undefined ? {} : { storage }),
    ...(p.origin === undefined ? {} : { origin: p.origin }),
    ...(p.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: p.commandTimeoutMs }),
    ...(p.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: p.requestTimeoutMs }),
    ...(p.undocumentedCommands === undefined ? {} : { undocumentedCommands: p.undocumentedCommands }),
    ...(p.now === undefined ? {} : { now: p.now }),
  };
  return { store: createDialerStore(options), disposed: false, disposeScheduled: false };
}

/**
 * Owns one dialer store: creates it, brings the bus connection up on mount and sends DESTROY on unmount.
 * @example <DialerProvider transport={transport} appName="crm" release="1.0.0" tags={tags}>…</DialerProvider>
 */
export function DialerProvider(props: DialerProviderProps): ReactNode {
  const { tags = NO_TAGS, messages, children } = props;
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

  const merged = useMemo(() => mergeMessages(messages), [messages]);
  const value = useMemo<DialerContextValue>(() => ({ store, tags, messages: merged }), [store, tags, merged]);
  return <DialerContext.Provider value={value}>{children}</DialerContext.Provider>;
}
