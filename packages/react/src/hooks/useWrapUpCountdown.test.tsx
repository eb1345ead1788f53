import { busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWrapUpCountdown } from './useWrapUpCountdown';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);

function Countdown({ seen }: { readonly seen: (number | undefined)[] }): null {
  seen.push(useWrapUpCountdown());
  return null;
}

async function renderCountdown(now?: () => number) {
  const seen: (number | undefined)[] = [];
  const rendered = await renderWithDialer(<Countdown seen={seen} />, {
    bus: createScriptedBus(),
    reactStrictMode: false,
    ...(now === undefined ? {} : { provider: { now } }),
  });
  return { ...rendered, seen, latest: () => seen[seen.length - 1] };
}

/** Advances fake time in small steps, each in its own `act`, so renders happen when timers fire. */
function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 100) {
    act(() => vi.advanceTimersByTime(Math.min(100, left)));
  }
}

describe('useWrapUpCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is undefined without after-call work', async () => {
    const { bus, latest } = await renderCountdown();
    bus.push(busEvent.availability('available', { updatedAt: 1 }));
    expect(latest()).toBeUndefined();
  });

  it('counts down whole seconds from the arrival time and stops at zero', async () => {
    const { bus, seen, latest } = await renderCountdown();
    bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, updatedAt: 1 }));
    expect(latest()).toBe(30);
    advance(1000);
    expect(latest()).toBe(29);
    advance(29_000);
    expect(latest()).toBe(0);
    const renders = seen.length;
    advance(5000);
    expect(seen.length).toBe(renders);
    expect(latest()).toBe(0);
  });

  it('reads the clock after the tab was throttled', async () => {
    // A background tab: 20 s pass on the store's clock while no timer runs, then one fires.
    let throttled = 0;
    const { bus, latest } = await renderCountdown(() => Date.now() + throttled);
    bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, updatedAt: 1 }));
    throttled = 20_000;
    advance(1000);
    expect(latest()).toBe(9);
  });

  describe('when the wall clock jumps', () => {
    it('never shows more than the TTL when it is set back an hour, and keeps counting', async () => {
      const { bus, seen, latest } = await renderCountdown();
      bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, updatedAt: 1 }));
      vi.setSystemTime(Date.now() - 3_600_000);
      advance(1000);
      expect(Math.max(...seen.filter((left) => left !== undefined))).toBeLessThanOrEqual(30);
      expect(latest()).toBe(29);
      advance(4000);
      expect(latest()).toBe(25);
    });

    it('never shows more than the TTL even on a provider clock that follows the wall clock back', async () => {
      const { bus, latest } = await renderCountdown(() => Date.now());
      bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, updatedAt: 1 }));
      vi.setSystemTime(Date.now() - 3_600_000);
      advance(1000);
      expect(latest()).toBe(30);
    });

    it('does not end the wrap-up early when it is set forward an hour', async () => {
      const { bus, latest } = await renderCountdown();
      bus.push(busEvent.availability('after_call_work', { wrapUpTimeTtl: 30, updatedAt: 1 }));
      vi.setSystemTime(Date.now() + 3_600_000);
      advance(1000);
      expect(latest()).toBe(29);
    });
  });
});
