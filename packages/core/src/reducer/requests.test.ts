import { describe, expect, it } from 'vitest';
import { createInitialState } from '../state/createInitialState';
import { after, ev } from './testing';

const connected = after([
  ev.dialing('+1'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);

describe('kit/commandSent', () => {
  it('tracks a request until its answer, with the configured deadline', () => {
    const sent = after(
      [ev.sent('DIALER.SET_TAGS', { tagIds: [1] })],
      createInitialState({ requestTimeoutMs: 500 }),
    );
    expect(sent.requests['DIALER.SET_TAGS']).toEqual({ sentAt: 1_000, deadline: 1_500 });
    expect(after([{ type: 'DIALER.SET_TAGS_FULFILLED', payload: [] }], sent).requests).toEqual({});
  });

  it('marks a fire-and-forget command pending with the configured deadline', () => {
    const state = after(
      [ev.sent('DIALER.START_WARM_TRANSFER', { to: '+2' })],
      createInitialState({ commandTimeoutMs: 300 }),
    );
    expect(state.pending).toEqual({ type: 'DIALER.START_WARM_TRANSFER', sentAt: 1_000, deadline: 1_300 });
  });

  it('records mute as asked, since the bus never reports it', () => {
    const muted = after([ev.sent('DIALER.MUTE', { shouldMute: true })], connected);
    expect(muted.call.muted).toBe(true);
    expect(muted.pending).toBeUndefined();
    expect(after([ev.sent('DIALER.MUTE', { shouldMute: false })], muted).call.muted).toBe(false);
  });
});

describe('kit/commandTimedOut', () => {
  const pending = after([ev.sent('DIALER.START_WARM_TRANSFER', { to: '+2' })], connected, 10_000);

  it('settles the pending command as a timed-out operation', () => {
    const state = after(
      [
        {
          type: 'kit/commandTimedOut',
          payload: { commandType: 'DIALER.START_WARM_TRANSFER', sentAt: 10_000 },
        },
      ],
      pending,
      20_000,
    );
    expect(state.pending).toBeUndefined();
    expect(state.lastFailure).toEqual({ operation: 'startWarmTransfer', reason: 'timeout', at: 20_000 });
    expect(state.diagnostics.items.at(-1)?.code).toBe('command-timeout');
  });

  it('ignores the timeout of an earlier send of the same command', () => {
    const state = after(
      [
        {
          type: 'kit/commandTimedOut',
          payload: { commandType: 'DIALER.START_WARM_TRANSFER', sentAt: 9_000 },
        },
      ],
      pending,
    );
    expect(state).toBe(pending);
  });
});

describe('kit/requestTimedOut', () => {
  it.each([
    ['DIALER.SET_TAGS', 'setTags'],
    ['API.UPDATE_AVAILABILITY', 'updateAvailability'],
    ['AUTH.EMAIL_AND_PASSWORD', 'login'],
  ] as const)('settles %s as a timed-out %s', (commandType, operation) => {
    const state = after([
      ev.sent(commandType),
      { type: 'kit/requestTimedOut', payload: { commandType, sentAt: 1_000 } },
    ]);
    expect(state.requests).toEqual({});
    expect(state.lastFailure).toMatchObject({ operation, reason: 'timeout' });
    expect(state.diagnostics.items.at(-1)?.code).toBe('command-timeout');
  });

  it('settles a request no notice is shown for with a diagnostic only', () => {
    const state = after([
      ev.sent('API.FETCH_AVAILABILITIES'),
      { type: 'kit/requestTimedOut', payload: { commandType: 'API.FETCH_AVAILABILITIES', sentAt: 1_000 } },
    ]);
    expect(state.lastFailure).toBeUndefined();
    expect(state.diagnostics.total).toBe(1);
  });
});
