import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monotonicNow } from './monotonicNow';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);
const HOUR = 3_600_000;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('monotonicNow', () => {
  it('reads like Date.now() to begin with', () => {
    expect(monotonicNow()).toBe(T0);
  });

  it('moves with elapsed time only, whichever way the wall clock is set', () => {
    vi.advanceTimersByTime(1_500);
    expect(monotonicNow()).toBe(T0 + 1_500);
    vi.setSystemTime(Date.now() - HOUR);
    expect(monotonicNow()).toBe(T0 + 1_500);
    vi.advanceTimersByTime(500);
    vi.setSystemTime(Date.now() + 2 * HOUR);
    expect(monotonicNow()).toBe(T0 + 2_000);
  });

  it('never goes back with the wall clock where performance is missing', () => {
    vi.stubGlobal('performance', undefined);
    const before = monotonicNow();
    vi.setSystemTime(Date.now() - HOUR);
    expect(monotonicNow()).toBeGreaterThanOrEqual(before);
  });
});
