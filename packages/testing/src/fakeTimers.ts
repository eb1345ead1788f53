/** The part of an installed fake clock (Vitest's or Jest's, both @sinonjs/fake-timers) that moves it. */
interface FakeClock {
  tick(ms: number): unknown;
}

/**
 * The fake clock behind `setTimeout` when a test installed fake timers (`vi.useFakeTimers()`): the fake
 * timers of @sinonjs/fake-timers mark the functions they replace with their `clock`. `undefined` otherwise.
 */
export function installedFakeClock(): FakeClock | undefined {
  const clock = (globalThis.setTimeout as { clock?: Partial<FakeClock> }).clock;
  return typeof clock?.tick === 'function' ? (clock as FakeClock) : undefined;
}
