import type { BusHandover } from './busState';

const KEY = 'dialer-kit-simulator:handover';
/** A handover older than this is from another session of the desk, not from a tab that just closed. */
const FRESH_MS = 60_000;

/** Where {@link createHandoverStorage} keeps a handover. */
export interface HandoverStorage {
  /** The handover a bus left less than a minute ago, else `undefined`. */
  read(): BusHandover | undefined;
  write(handover: BusHandover): void;
}

/**
 * Keeps a simulated bus's calls (`bus.handover()`) in `storage()` (`localStorage`) for the next bus of the
 * same agent (`resume`): the page that takes over when the tabs of a desk share one bus. A browser that
 * denies storage to third-party frames (Chromium blocking third-party cookies) throws on reading
 * `localStorage`: then nothing is kept, and the next bus starts idle.
 * @example
 * const kept = createHandoverStorage(() => window.localStorage);
 * const bus = createSimulatedBus({ resume: kept.read() });
 * bus.onChange(() => kept.write(bus.handover()));
 */
export function createHandoverStorage(storage: () => Pick<Storage, 'getItem' | 'setItem'>): HandoverStorage {
  return {
    read(): BusHandover | undefined {
      try {
        const saved = JSON.parse(storage().getItem(KEY) ?? 'null') as {
          readonly at?: unknown;
          readonly handover?: BusHandover;
        } | null;
        if (saved === null || typeof saved.at !== 'number' || Date.now() - saved.at > FRESH_MS)
          return undefined;
        return Array.isArray(saved.handover?.calls) ? saved.handover : undefined;
      } catch {
        return undefined;
      }
    },
    write(handover: BusHandover): void {
      try {
        storage().setItem(KEY, JSON.stringify({ at: Date.now(), handover }));
      } catch {
        // No storage (a sandboxed frame): the next bus page starts idle.
      }
    },
  };
}
