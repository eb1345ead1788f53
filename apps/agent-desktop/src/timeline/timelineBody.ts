import { safeJson } from './safeJson';
import type { TimelineEntry } from './timelineEntry';

/** How many characters of an entry's JSON the timeline shows; Copy as JSON still copies everything. */
const BODY_LIMIT = 20_000;

/** The JSON an entry's disclosure shows (a diagnostic shows itself), cut at `limit` characters; never throws. */
export function timelineBody(entry: TimelineEntry, limit = BODY_LIMIT): string {
  const text = safeJson(entry.kind === 'message' ? entry.message : entry.diagnostic);
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}\n… cut: ${text.length - limit} more characters (Copy as JSON copies them all)`;
}
