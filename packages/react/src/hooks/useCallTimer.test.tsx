import { busEvent, createScriptedBus, renderWithDialer, type ScriptedBus } from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallTimerView, useCallTimer } from './useCallTimer';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);

function Timer({ seen }: { readonly seen: CallTimerView[] }): null {
  seen.push(useCallTimer());
  return null;
}

async function renderTimer(now?: () => number) {
  const seen: CallTimerView[] = [];
  const rendered = await renderWithDialer(<Timer seen={seen} />, {
    bus: createScriptedBus(),
    reactStrictMode: false,
    ...(now === undefined ? {} : { provider: { now } }),
  });
  const latest = (): CallTimerView => {
    const last = seen.at(-1);
    if (last === undefined) throw new Error('the timer never rendered');
    return last;
  };
  return { ...rendered, seen, latest };
}

/** Advances fake time in small steps, each in its own `act`, so renders happen when timers fire. */
function advance(ms: number): void {
  for (let left = ms; left > 0; left -= 100) {
    act(() => vi.advanceTimersByTime(Math.min(100, left)));
  }
}

function connect(bus: ScriptedBus): void {
  bus.push(
    busEvent.incoming(),
    busEvent.callStatus('accepting', 'regular'),
    busEvent.callStatus('connected', 'regular'),
  );
}

describe('useCallTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is zero and stopped before the call connects, and does not tick', async () => {
    const { bus, seen, latest } = await renderTimer();
    bus.push(busEvent.incoming());
    const renders = seen.length;
    advance(5000);
    expect(latest()).toEqual({ elapsedMs: 0, running: false });
    expect(seen.length).toBe(renders);
  });

  it('re-renders once a second while connected, with the time since connected', async () => {
    const { bus, seen, latest } = await renderTimer();
    connect(bus);
    const renders = seen.length;
    advance(2500);
    expect(latest()).toEqual({ elapsedMs: 2000, running: true });
    expect(seen.length - renders).toBe(2);
  });

  it('reads the clock, not a tick count, after the tab was throttled', async () => {
    // A background tab: a minute passes on the store's clock while no timer runs, then one fires.
    let throttled = 0;
    const { bus, latest } = await renderTimer(() => Date.now() + throttled);
    connect(bus);
    advance(1000);
    throttled = 61_000;
    advance(1000);
    expect(latest().elapsedMs).toBe(63_000);
  });

  it('stops at the end of the call and keeps the talk time', async () => {
    const { bus, seen, latest } = await renderTimer();
    connect(bus);
    advance(3400);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(latest()).toEqual({ elapsedMs: 3400, running: false });
    const renders = seen.length;
    advance(10_000);
    expect(seen.length).toBe(renders);
    expect(latest().elapsedMs).toBe(3400);
  });

  describe('when the wall clock jumps', () => {
    it('keeps ticking from connected, never negative, when it is set back an hour', async () => {
      const { bus, seen, latest } = await renderTimer();
      connect(bus);
      advance(3000);
      vi.setSystemTime(Date.now() - 3_600_000);
      const renders = seen.length;
      advance(2000);
      expect(latest()).toEqual({ elapsedMs: 5000, running: true });
      expect(seen.length - renders).toBe(2);
    });

    it('does not leap ahead when it is set forward an hour', async () => {
      const { bus, latest } = await renderTimer();
      connect(bus);
      advance(3000);
      vi.setSystemTime(Date.now() + 3_600_000);
      advance(1000);
      expect(latest()).toEqual({ elapsedMs: 4000, running: true });
    });
  });
});
