import { describe, expect, it } from 'vitest';
import { reduceDialer } from './reduceDialer';
import { after, ev, legs, participant } from './reducer/testing';
import type { DialerEvent } from './reducer/types';
import { createInitialState } from './state/createInitialState';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const connected = after([
  ev.dialing('+14155550199'),
  ev.status('connecting', 'regular'),
  ev.status('ringing', 'regular'),
  ev.status('connected', 'regular'),
  ev.sync(legs(participant('CA-customer', '+14155550199'))),
]);

describe('reduceDialer', () => {
  it('does not mutate the state or the event it is given', () => {
    const state = structuredClone(connected);
    const event: DialerEvent = ev.sync(legs(participant('CA-customer', '+14155550199', true)));
    const eventCopy = structuredClone(event);
    const next = reduceDialer(state, event, 99_000);
    expect(next).not.toBe(state);
    expect(state).toEqual(connected);
    expect(event).toEqual(eventCopy);
  });

  it('works on deeply frozen input', () => {
    const state = deepFreeze(structuredClone(connected));
    const event = deepFreeze(ev.status('hanging', 'regular'));
    expect(reduceDialer(state, event, 99_000).call.status).toBe('hanging');
  });

  it.each<[string, DialerEvent]>([
    ['a token refresh', { type: 'AUTH.TOKEN_REFRESHED', payload: { idToken: 'a', refreshToken: 'b' } }],
    ['a destroy answer with no request in flight', { type: 'BUS.DESTROY_FULFILLED' }],
    ['the status it already has', ev.status('connected', 'regular')],
    ['an equal SYNC', ev.sync(legs(participant('CA-customer', '+14155550199')))],
    [
      'a timeout of a command that is not pending',
      { type: 'kit/commandTimedOut', payload: { commandType: 'DIALER.DIAL', sentAt: 1 } },
    ],
    [
      'a timeout of a request not in flight',
      { type: 'kit/requestTimedOut', payload: { commandType: 'BUS.INIT', sentAt: 1 } },
    ],
    ['an unconfirmed swap that is not being checked', { type: 'kit/swapUnconfirmed', payload: { since: 1 } }],
    ['the same tag selection', { type: 'kit/tagSelectionChanged', payload: { tagIds: [] } }],
    ['the same lines', { type: 'USER.LINES_CHANGED', payload: { lines: [] } }],
  ])('returns the same object for %s', (_name, event) => {
    expect(reduceDialer(connected, event, 99_000)).toBe(connected);
  });

  it('returns the same object for an event type it does not know', () => {
    const event = { type: 'DIALER.SOMETHING_NEW' } as unknown as DialerEvent;
    expect(reduceDialer(connected, event, 99_000)).toBe(connected);
  });

  it('stamps diagnostics with the arrival time, never a clock', () => {
    const state = reduceDialer(
      createInitialState(),
      { type: 'kit/messageDropped', payload: { reason: 'foreign-origin', origin: 'https://evil.example' } },
      42,
    );
    expect(state.diagnostics.items).toEqual([
      expect.objectContaining({ seq: 1, at: 42, code: 'message-dropped' }),
    ]);
  });
});
