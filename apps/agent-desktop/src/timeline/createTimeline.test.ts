import { describe, expect, it, vi } from 'vitest';
import { createTimeline } from './createTimeline';

const out = (n: number) => ({ direction: 'out' as const, at: n, message: { type: `T${n}` } });

describe('createTimeline', () => {
  it('adds messages and diagnostics newest last, telling subscribers', () => {
    const timeline = createTimeline();
    const listener = vi.fn();
    timeline.subscribe(listener);
    timeline.addTraffic(out(1));
    timeline.addDiagnostic({ seq: 1, at: 2, code: 'stale-event', message: 'old' });
    expect(timeline.getSnapshot().map((entry) => entry.type)).toEqual(['T1', 'diagnostic:stale-event']);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps only the newest entries past its limit, with unique ids', () => {
    const timeline = createTimeline(3);
    for (let n = 1; n <= 5; n++) timeline.addTraffic(out(n));
    const kept = timeline.getSnapshot();
    expect(kept.map((entry) => entry.type)).toEqual(['T3', 'T4', 'T5']);
    expect(new Set(kept.map((entry) => entry.id)).size).toBe(3);
  });

  it('gives a new array on change and the same one otherwise (for useSyncExternalStore)', () => {
    const timeline = createTimeline();
    const before = timeline.getSnapshot();
    expect(timeline.getSnapshot()).toBe(before);
    timeline.addTraffic(out(1));
    expect(timeline.getSnapshot()).not.toBe(before);
  });

  it('empties on clear, and stops telling an unsubscribed listener', () => {
    const timeline = createTimeline();
    const listener = vi.fn();
    const unsubscribe = timeline.subscribe(listener);
    timeline.addTraffic(out(1));
    timeline.clear();
    expect(timeline.getSnapshot()).toEqual([]);
    unsubscribe();
    timeline.addTraffic(out(2));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
