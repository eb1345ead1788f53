import type { BusHandover } from '@dialer-kit/simulator';

const KEY = 'dialer-kit-simulator:handover';
/** A handover older than this is from another session of the desk, not from a tab that just closed. */
const FRESH_MS = 60_000;

/**
 * Keeps the simulated bus's calls in `storage()` for the bus page that takes over (`?handover=1`). A
 * browser that denies storage to third-party frames (Chromium blocking third-party cookies) throws on
 * reading `localStorage`: then nothing is kept, and the next bus page starts idle.
 */
export function createHandoverStore(storage: () => Pick<Storage, 'getItem' | 'setItem'>) {
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
