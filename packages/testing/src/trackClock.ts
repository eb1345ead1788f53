import type { SimulatorClock } from '@dialer-kit/simulator';

/** A clock that knows what it still has to run. */
export interface TrackedClock extends SimulatorClock {
  /** When the earliest pending task falls due (`undefined`: none). */
  nextAt(): number | undefined;
  /** How many pending tasks were scheduled at most `horizonMs` ahead (messages in flight, not timers). */
  inFlight(horizonMs: number): number;
}

interface Entry {
  readonly at: number;
  readonly delayMs: number;
}

/** Wraps `inner` so that its pending tasks can be counted; scheduling and running are left to it. */
export function trackClock(inner: SimulatorClock): TrackedClock {
  const pending = new Set<Entry>();
  return {
    now: () => inner.now(),
    schedule(delayMs, task) {
      const entry: Entry = { at: inner.now() + Math.max(0, delayMs), delayMs: Math.max(0, delayMs) };
      pending.add(entry);
      const cancel = inner.schedule(delayMs, () => {
        pending.delete(entry);
        task();
      });
      return () => {
        pending.delete(entry);
        cancel();
      };
    },
    nextAt() {
      let earliest: number | undefined;
      for (const entry of pending) if (earliest === undefined || entry.at < earliest) earliest = entry.at;
      return earliest;
    },
    inFlight(horizonMs) {
      let count = 0;
      for (const entry of pending) if (entry.delayMs <= horizonMs) count += 1;
      return count;
    },
  };
}
