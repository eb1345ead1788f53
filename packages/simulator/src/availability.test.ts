import type { BusEvent } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { createAvailability } from './availability';
import { createManualClock } from './clock';
import { DEFAULT_SETTINGS, type SimulatorSettings } from './settings';

const setup = (overrides: Partial<SimulatorSettings> = {}) => {
  const clock = createManualClock(1_000_000);
  const events: BusEvent[] = [];
  const availability = createAvailability({ ...DEFAULT_SETTINGS, ...overrides }, clock, (e) =>
    events.push(e),
  );
  const agentStatuses = () =>
    events.flatMap((event) => (event.type === 'USER.AVAILABILITY_CHANGED' ? [event.payload] : []));
  return { clock, availability, events, agentStatuses };
};

describe('the agent availability', () => {
  it('goes in_call when a call starts and back when it ends without wrap-up', () => {
    const { availability, agentStatuses } = setup({ wrapUpSeconds: 0 });
    availability.callStarted();
    availability.callEnded(false);
    expect(agentStatuses().map((p) => p.status)).toEqual(['in_call', 'available']);
    expect(agentStatuses()[0]).not.toHaveProperty('wrapUpTimeConfig');
  });

  it('returns to the status held before the call', () => {
    const { availability, agentStatuses } = setup({ wrapUpSeconds: 0 });
    availability.choose('on_a_break');
    availability.callStarted();
    availability.callEnded(false);
    expect(agentStatuses().map((p) => p.status)).toEqual(['do_not_disturb', 'in_call', 'do_not_disturb']);
  });

  it('counts the wrap-up down in after_call_work, then becomes available', () => {
    const { clock, availability, agentStatuses } = setup({ wrapUpSeconds: 30 });
    availability.callStarted();
    availability.callEnded(false);
    expect(agentStatuses().at(-1)).toMatchObject({
      status: 'after_call_work',
      wrapUpTimeConfig: 30,
      wrapUpTimeTtl: 30,
    });
    clock.advance(10_000);
    expect(availability.agent().wrapUpTimeTtl).toBe(20);
    clock.advance(20_000);
    expect(agentStatuses().at(-1)).toMatchObject({
      status: 'available',
      wrapUpTimeConfig: 30,
      wrapUpTimeTtl: 0,
    });
  });

  it('stays in after_call_work past the countdown until the call is tagged', () => {
    const { clock, availability } = setup({ wrapUpSeconds: 5 });
    availability.callStarted();
    availability.callEnded(true);
    clock.advance(60_000);
    expect(availability.agent().status).toBe('after_call_work');
    availability.tagged();
    expect(availability.agent().status).toBe('available');
  });

  it('enters after_call_work for tagging even without a wrap-up length', () => {
    const { availability } = setup({ wrapUpSeconds: 0 });
    availability.callStarted();
    availability.callEnded(true);
    expect(availability.agent()).toMatchObject({ status: 'after_call_work', wrapUpTimeConfig: 0 });
    availability.tagged();
    expect(availability.agent().status).toBe('available');
  });

  it('ignores a chosen availability during a call and during after-call work', () => {
    const { availability } = setup({ wrapUpSeconds: 30 });
    availability.callStarted();
    expect(availability.choose('always_closed')).toBe(false);
    availability.callEnded(false);
    expect(availability.choose('always_closed')).toBe(false);
    expect(availability.agent().status).toBe('after_call_work');
  });

  it('raises the version and the timestamp with each change', () => {
    const { clock, availability, agentStatuses } = setup({
      agent: { ...DEFAULT_SETTINGS.agent, version: 5 },
    });
    clock.advance(1234);
    availability.choose('always_closed');
    expect(availability.fetchUser(DEFAULT_SETTINGS.agent.id)).toMatchObject({ version: 6 });
    expect(agentStatuses()[0]?.updatedAt).toBe(1_001_234_000);
  });

  it('raises updatedAt for two changes within one millisecond', () => {
    const { availability, agentStatuses } = setup({ wrapUpSeconds: 0 });
    availability.callStarted();
    availability.callEnded(false);
    const [first, second] = agentStatuses().map((p) => p.updatedAt);
    expect(first).toBe(1_000_000_001);
    expect(second).toBe(1_000_000_002);
  });
});

describe('teammates availability', () => {
  it('emits a teammate change', () => {
    const { availability, events } = setup();
    expect(availability.setTeammate(654321, 'on_mobile')).toBe(true);
    expect(events).toEqual([
      {
        type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
        payload: { userId: 654321, status: 'on_mobile', updatedAt: 1_000_000_001 },
      },
    ]);
  });

  it('refuses an unknown teammate', () => {
    const { availability, events } = setup();
    expect(availability.setTeammate(1, 'available')).toBe(false);
    expect(events).toEqual([]);
  });

  it('answers fetches for everyone, and nothing for a stranger', () => {
    const { availability } = setup();
    expect(Object.keys(availability.fetchAll()).sort()).toEqual(['123456', '654321', '777001']);
    expect(availability.fetchUser(654321)).toEqual({ userId: 654321, status: 'available', version: 1 });
    expect(availability.fetchUser(1)).toBeUndefined();
  });
});
