let latest = Number.NEGATIVE_INFINITY;

/**
 * Milliseconds on a clock that only moves with elapsed time: `performance.timeOrigin + performance.now()`.
 * It reads like `Date.now()` (epoch milliseconds) but setting the computer's clock, by hand or by NTP, moves
 * nothing, so durations taken from it are never negative and never leap. The store's default clock. Where
 * `performance` is missing it falls back to `Date.now()` held from ever going back.
 * @example const elapsedMs = monotonicNow() - startedAt;
 */
export function monotonicNow(): number {
  // Read at each call, never at import: SSR-safe, and test fakes installed later are seen.
  const performance = globalThis.performance as Performance | undefined;
  if (typeof performance?.now === 'function' && typeof performance.timeOrigin === 'number') {
    return performance.timeOrigin + performance.now();
  }
  latest = Math.max(latest, Date.now());
  return latest;
}
