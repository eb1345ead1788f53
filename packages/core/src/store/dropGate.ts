/** Least time between two recorded drops from the same origin (ms). */
const DROP_REPORT_INTERVAL_MS = 1_000;

/** Origins remembered at most; beyond, the memory starts afresh (a flood of origins stays bounded). */
const MAX_ORIGINS = 64;

/**
 * Coalesces reports of dropped foreign messages: the first from an origin passes, then at most one per
 * {@link DROP_REPORT_INTERVAL_MS}, so a flood makes neither a diagnostic nor a store update per message.
 */
export function createDropGate(now: () => number): (origin: string) => boolean {
  const lastReported = new Map<string, number>();
  return (origin) => {
    const at = now();
    const last = lastReported.get(origin);
    if (last !== undefined && at - last < DROP_REPORT_INTERVAL_MS) return false;
    if (last === undefined && lastReported.size >= MAX_ORIGINS) lastReported.clear();
    lastReported.set(origin, at);
    return true;
  };
}
