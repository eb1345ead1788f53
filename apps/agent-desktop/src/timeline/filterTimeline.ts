import { safeJson } from './safeJson';
import { formatTime, type TimelineEntry } from './timelineEntry';

/** What the timeline shows: one type (or every type) and, optionally, only the rejected messages. */
export interface TimelineFilter {
  /** A message type or `diagnostic:<code>`; `all` for every type. */
  readonly type: string;
  readonly onlyRejected: boolean;
}

/** Shows everything. */
export const NO_FILTER: TimelineFilter = { type: 'all', onlyRejected: false };

/** Whether an entry is an inbound message the kit rejected. */
const isRejected = (entry: TimelineEntry): boolean => entry.kind === 'message' && entry.accepted === false;

/** The entries `filter` lets through, in their order. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  if (filter.type === 'all' && !filter.onlyRejected) return entries;
  return entries.filter(
    (entry) =>
      (filter.type === 'all' || entry.type === filter.type) && (!filter.onlyRejected || isRejected(entry)),
  );
}

/** Every type among `entries`, sorted, plus `keep` (the selected one, so a cleared list keeps it). */
export function timelineTypes(entries: readonly TimelineEntry[], keep?: string): readonly string[] {
  const types = new Set(entries.map((entry) => entry.type));
  if (keep !== undefined && keep !== 'all') types.add(keep);
  return [...types].sort();
}

/** One entry as plain data for "Copy as JSON". */
function toCopyRecord(entry: TimelineEntry): Record<string, unknown> {
  const base = { time: formatTime(entry.at), at: entry.at, type: entry.type };
  if (entry.kind === 'diagnostic') return { ...base, kind: 'diagnostic', ...entry.diagnostic };
  return {
    ...base,
    kind: 'message',
    direction: entry.direction,
    ...(entry.accepted === undefined ? {} : { accepted: entry.accepted }),
    ...(entry.error === undefined ? {} : { error: entry.error }),
    message: entry.message,
  };
}

/** The text "Copy as JSON" puts on the clipboard: a pretty-printed array of the entries (never throws). */
export function timelineToJson(entries: readonly TimelineEntry[]): string {
  return safeJson(entries.map(toCopyRecord));
}
