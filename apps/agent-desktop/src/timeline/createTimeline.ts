import type { Diagnostic, TrafficEntry } from '@dialer-kit/core';
import { fromDiagnostic, fromTraffic, type TimelineEntry } from './timelineEntry';

/** The event timeline's entries, newest last, capped at a limit; a tiny external store for React. */
export interface Timeline {
  getSnapshot(): readonly TimelineEntry[];
  subscribe(listener: () => void): () => void;
  addTraffic(traffic: TrafficEntry): void;
  addDiagnostic(diagnostic: Diagnostic): void;
  clear(): void;
  readonly limit: number;
}

/** How many entries the timeline keeps by default (the oldest go first). */
const TIMELINE_LIMIT = 500;

/**
 * Creates an empty {@link Timeline} keeping the newest `limit` entries.
 * @example <DialerProvider onTraffic={timeline.addTraffic} onDiagnostic={timeline.addDiagnostic} … />
 */
export function createTimeline(limit = TIMELINE_LIMIT): Timeline {
  let entries: readonly TimelineEntry[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: readonly TimelineEntry[]): void => {
    entries = next;
    for (const listener of [...listeners]) listener();
  };
  const add = (entry: TimelineEntry): void =>
    set(entries.length < limit ? [...entries, entry] : [...entries.slice(entries.length - limit + 1), entry]);
  return {
    limit,
    getSnapshot: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    addTraffic: (traffic) => add(fromTraffic(traffic, nextId++)),
    addDiagnostic: (diagnostic) => add(fromDiagnostic(diagnostic, nextId++)),
    clear: () => set([]),
  };
}
