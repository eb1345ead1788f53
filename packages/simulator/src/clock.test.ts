import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock';

describe('the manual clock', () => {
  it('runs nothing until time moves', () => {
    const clock = createManualClock(1000);
    const ran: string[] = [];
    clock.schedule(0, () => ran.push('now'));
    expect(ran).toEqual([]);
    expect(clock.pending()).toBe(1);
  });

  it('runs due tasks in time order, ties in scheduling order, when advanced', () => {
    const clock = createManualClock(0);
    const ran: string[] = [];
    clock.schedule(20, () => ran.push('b'));
    clock.schedule(10, () => ran.push('a1'));
    clock.schedule(10, () => ran.push('a2'));
    clock.schedule(50, () => ran.push('late'));
    clock.advance(20);
    expect(ran).toEqual(['a1', 'a2', 'b']);
    expect(clock.now()).toBe(20);
  });

  it('shows each task the time it was due at', () => {
    const clock = createManualClock(100);
    const seen: number[] = [];
    clock.schedule(5, () => seen.push(clock.now()));
    clock.schedule(30, () => seen.push(clock.now()));
    clock.advance(60);
    expect(seen).toEqual([105, 130]);
    expect(clock.now()).toBe(160);
  });

  it('flushes every pending task, including those scheduled while flushing', () => {
    const clock = createManualClock(0);
    const ran: string[] = [];
    clock.schedule(10, () => {
      ran.push('first');
      clock.schedule(1000, () => ran.push('chained'));
    });
    expect(clock.flush()).toBe(2);
    expect(ran).toEqual(['first', 'chained']);
    expect(clock.now()).toBe(1010);
  });

  it('does not run a cancelled task', () => {
    const clock = createManualClock(0);
    const ran: string[] = [];
    const cancel = clock.schedule(10, () => ran.push('cancelled'));
    cancel();
    clock.flush();
    expect(ran).toEqual([]);
  });

  it('stops a flush that never ends with an error', () => {
    const clock = createManualClock(0);
    const loop = (): void => {
      clock.schedule(1, loop);
    };
    loop();
    expect(() => clock.flush()).toThrow(/more than/);
  });
});
