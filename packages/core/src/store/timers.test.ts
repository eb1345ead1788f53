import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimers } from './timers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function timers() {
  return createTimers(
    (fn, ms) => setTimeout(fn, ms),
    (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  );
}

describe('createTimers', () => {
  it('runs a timer once after its delay and forgets it', () => {
    const set = timers();
    const fn = vi.fn();
    set.schedule('a', 100, fn);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(set.has('a')).toBe(false);
  });

  it('replaces a timer scheduled again under the same key', () => {
    const set = timers();
    const first = vi.fn();
    const second = vi.fn();
    set.schedule('a', 100, first);
    set.schedule('a', 200, second);
    vi.advanceTimersByTime(200);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('cancels one timer or all of them', () => {
    const set = timers();
    const fn = vi.fn();
    set.schedule('a', 10, fn);
    set.schedule('b', 10, fn);
    set.schedule('c', 10, fn);
    set.cancel('a');
    set.clearAll();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a negative delay as zero', () => {
    const set = timers();
    const fn = vi.fn();
    set.schedule('a', -50, fn);
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
