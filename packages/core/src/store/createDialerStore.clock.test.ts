import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callStatus, connect, setup, USER } from './storeHarness.test-helper';

const T0 = Date.UTC(2025, 0, 1, 9, 0, 0);
const HOUR = 3_600_000;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A store on its default clock (the harness passes `Date.now`), connected. */
function connected() {
  const harness = setup({ now: undefined });
  connect(harness);
  return harness;
}

describe('the default clock', () => {
  it('stamps talk time by elapsed time when the wall clock is set back during the call', () => {
    const { store, bus } = connected();
    bus.push(callStatus('connecting', 'regular'));
    bus.push(callStatus('connected', 'regular'));
    vi.advanceTimersByTime(5_000);
    vi.setSystemTime(Date.now() - HOUR);
    bus.push(callStatus('hanging', 'regular'));
    bus.push(callStatus('ended', 'regular'));
    const { connectedAt, endedAt } = store.getState().call;
    expect((endedAt ?? 0) - (connectedAt ?? 0)).toBe(5_000);
  });

  it('stamps talk time by elapsed time when the wall clock is set forward during the call', () => {
    const { store, bus } = connected();
    bus.push(callStatus('connecting', 'regular'));
    bus.push(callStatus('connected', 'regular'));
    vi.advanceTimersByTime(5_000);
    vi.setSystemTime(Date.now() + HOUR);
    bus.push(callStatus('hanging', 'regular'));
    bus.push(callStatus('ended', 'regular'));
    const { connectedAt, endedAt } = store.getState().call;
    expect((endedAt ?? 0) - (connectedAt ?? 0)).toBe(5_000);
  });

  it("is the store's now(): a wrap-up deadline is its TTL ahead of it, whatever the wall clock does", () => {
    const { store, bus } = connected();
    vi.setSystemTime(Date.now() - HOUR);
    bus.push({
      type: 'USER.AVAILABILITY_CHANGED',
      payload: { userId: USER.id, status: 'after_call_work', wrapUpTimeTtl: 30, updatedAt: 1 },
    });
    vi.setSystemTime(Date.now() + 2 * HOUR);
    const endsAt = store.getState().availability.self?.wrapUpEndsAt ?? 0;
    expect(endsAt - store.now()).toBe(30_000);
    vi.advanceTimersByTime(10_000);
    expect(endsAt - store.now()).toBe(20_000);
  });

  it('still times out a command by elapsed time when the wall clock is set forward', () => {
    const { store, bus } = connected();
    bus.push(callStatus('connecting', 'regular'));
    bus.push(callStatus('connected', 'regular'));
    expect(store.actions.hangUp()).toEqual({ ok: true });
    vi.setSystemTime(Date.now() + HOUR);
    vi.advanceTimersByTime(9_000);
    expect(store.getState().pending?.type).toBe('DIALER.HANGUP');
    vi.advanceTimersByTime(1_000);
    expect(store.getState().pending).toBeUndefined();
  });
});
