import type { TabChannel, TabChannelFactory, TabLocks } from './tabChannel';

/** One simulated tab: its Web Locks and channels, and a crash that drops them without a word. */
export interface MemoryTab {
  readonly locks: TabLocks;
  readonly channel: TabChannelFactory;
  /** The tab dies: its locks are released and its channels stop, as when the browser kills it. */
  crash(): void;
}

/** Tabs of one origin in memory: `tab()` opens one; locks and channels are shared among them. */
export interface MemoryTabs {
  tab(): MemoryTab;
  /** Who holds each lock (the tab's index, in opening order). */
  holder(name: string): number | undefined;
}

interface Request {
  readonly tab: number;
  readonly callback: (lock: unknown) => Promise<void> | undefined;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const abortError = (message: string): Error => Object.assign(new Error(message), { name: 'AbortError' });

/**
 * In-memory Web Locks and broadcast channels for several tabs, for tests of `createSharedDialerStore`:
 * exclusive locks granted in request order, `ifAvailable`, `steal` (the holder's request rejects with an
 * `AbortError`), `signal`; channel messages are structured-cloned and delivered to the other tabs in a
 * later microtask, in order, as `BroadcastChannel` does.
 * @example
 * const tabs = createMemoryTabs();
 * const first = tabs.tab();
 * const store = createSharedDialerStore({ ...options, locks: first.locks, channel: first.channel, connect });
 */
export function createMemoryTabs(): MemoryTabs {
  const held = new Map<string, Request>();
  const queues = new Map<string, Request[]>();
  const listeners = new Map<string, Set<{ readonly tab: number; readonly listener: (m: unknown) => void }>>();
  const dead = new Set<number>();
  let tabs = 0;

  const grant = (name: string, request: Request): void => {
    held.set(name, request);
    let result: Promise<void> | undefined;
    try {
      result = request.callback({ name });
    } catch (error) {
      result = Promise.reject(error);
    }
    void Promise.resolve(result).then(
      (value) => release(name, request, () => request.resolve(value)),
      (error) => release(name, request, () => request.reject(error)),
    );
  };
  const release = (name: string, request: Request, settle: () => void): void => {
    if (held.get(name) === request) {
      held.delete(name);
      const next = queues.get(name)?.shift();
      if (next !== undefined) grant(name, next);
    }
    settle();
  };

  const locksOf = (tab: number): TabLocks => ({
    request(name, options, callback) {
      return new Promise((resolve, reject) => {
        if (dead.has(tab)) return;
        const request: Request = { tab, callback, resolve, reject };
        const holder = held.get(name);
        if (options.steal === true) {
          if (holder !== undefined) {
            held.delete(name);
            holder.reject(abortError('the lock was stolen'));
          }
          grant(name, request);
        } else if (holder === undefined && (queues.get(name)?.length ?? 0) === 0) {
          grant(name, request);
        } else if (options.ifAvailable === true) {
          void Promise.resolve(callback(null)).then(resolve, reject);
        } else {
          const queue = queues.get(name) ?? [];
          queues.set(name, queue);
          queue.push(request);
          options.signal?.addEventListener('abort', () => {
            const at = queue.indexOf(request);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(abortError('the request was aborted'));
          });
        }
      });
    },
  });

  const channelOf =
    (tab: number): TabChannelFactory =>
    (name) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const mine = new Set<{ readonly tab: number; readonly listener: (m: unknown) => void }>();
      let open = true;
      const channel: TabChannel = {
        post(message) {
          if (!open || dead.has(tab)) return;
          const copy = structuredClone(message);
          const targets = [...set].filter((entry) => entry.tab !== tab);
          queueMicrotask(() => {
            for (const entry of targets) if (set.has(entry) && !dead.has(entry.tab)) entry.listener(copy);
          });
        },
        listen(listener) {
          const entry = { tab, listener };
          set.add(entry);
          mine.add(entry);
          return () => {
            set.delete(entry);
            mine.delete(entry);
          };
        },
        close() {
          open = false;
          for (const entry of mine) set.delete(entry);
          mine.clear();
        },
      };
      return channel;
    };

  return {
    tab() {
      const index = tabs;
      tabs += 1;
      return {
        locks: locksOf(index),
        channel: channelOf(index),
        crash() {
          dead.add(index);
          for (const queue of queues.values()) {
            for (let at = queue.length - 1; at >= 0; at -= 1)
              if (queue[at]?.tab === index) queue.splice(at, 1);
          }
          for (const [name, request] of [...held]) {
            if (request.tab === index) release(name, request, () => undefined);
          }
        },
      };
    },
    holder: (name) => held.get(name)?.tab,
  };
}
