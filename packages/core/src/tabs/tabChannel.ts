/** A broadcast channel among the tabs of one origin (`BroadcastChannel`, or a test fake). */
export interface TabChannel {
  /** Posts to every other tab listening on the channel (never back to this one). */
  post(message: unknown): void;
  /** Calls `listener` with every message another tab posted. Returns an unsubscribe function. */
  listen(listener: (message: unknown) => void): () => void;
  close(): void;
}

/** Opens the channel named `name` among this origin's tabs. */
export type TabChannelFactory = (name: string) => TabChannel;

/**
 * The Web Locks calls the election needs (`navigator.locks`, or a test fake): an exclusive lock held while
 * `callback`'s promise is pending; `ifAvailable` gives `null` at once when another tab holds it; `steal`
 * takes it from the holder, whose request then rejects (`AbortError`).
 */
export interface TabLocks {
  request(
    name: string,
    options: { readonly signal?: AbortSignal; readonly ifAvailable?: boolean; readonly steal?: boolean },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
}

/** `BroadcastChannel` as a {@link TabChannel}; `undefined` where there is none (server rendering). */
export function browserTabChannel(name: string): TabChannel | undefined {
  if (typeof globalThis.BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent): void => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** `navigator.locks` where the page has Web Locks (secure contexts), else `undefined`. */
export function browserTabLocks(): TabLocks | undefined {
  const locks = (globalThis.navigator as { locks?: TabLocks } | undefined)?.locks;
  return locks !== undefined && typeof locks.request === 'function' ? locks : undefined;
}
