import { describe, expect, it } from 'vitest';
import { transitionDialer } from '../reduceDialer';
import type { DialerState } from '../state/DialerState';
import { RECENT_CALLS_LIMIT } from './recentCalls';
import { after, ev, participant } from './testing';
import type { DialerEvent } from './types';

const ready = after([
  { type: 'kit/connecting', payload: { reconnect: false } },
  { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 1 } } },
  { type: 'BUS.INIT_FULFILLED' },
]);

/** An outgoing call `callUuid` to `to`, tagged 101; from `ready` it connects at 4 000 and ends at 5 000. */
function endedCall(callUuid: string, to = '+14155550199'): readonly DialerEvent[] {
  return [
    ev.dialing(to),
    ev.status('connecting', 'regular'),
    ev.sync({
      callUuid,
      direction: 'outgoing',
      line: { id: 7, name: 'Sales' },
      recordingState: 'recording',
      activeParticipant: participant(`leg-${callUuid}`, to),
    }),
    ev.status('connected', 'regular'),
    ev.status('ended', 'regular'),
    ev.sent('DIALER.SET_TAGS', { tagIds: [101] }),
    { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Lead' }] },
  ];
}

/** Folds `events` from `ready`, the n-th arriving at (n + 1) × 1 000. */
const from = (events: readonly DialerEvent[], state: DialerState = ready) => after(events, state);

describe('recent calls', () => {
  it('keeps the call that ended once the agent is done with it, with its summary and confirmed tags', () => {
    const done = from([...endedCall('CA1'), ev.status('idle')]);
    expect(done.recentCalls).toEqual([
      {
        callUuid: 'CA1',
        endedAt: 5_000,
        talkTimeMs: 1_000,
        line: { id: 7, name: 'Sales' },
        party: {
          source: 'sync',
          legId: 'leg-CA1',
          phoneNumber: '+14155550199',
          isHeld: false,
          state: 'answering',
        },
        direction: 'outgoing',
        recordingState: 'recording',
        tags: [{ id: 101, name: 'Lead' }],
      },
    ]);
  });

  it('keeps the same record whether the call’s SYNC comes before or after `idle` (Decision 4)', () => {
    const events = endedCall('CA1');
    const syncs = events.filter((event) => event.type === 'DIALER.SYNC');
    const others = events.filter((event) => event.type !== 'DIALER.SYNC');
    const before = from([...others, ...syncs, ev.status('idle')]);
    const late = from([...others, ev.status('idle'), ...syncs]);
    expect(before.recentCalls).toHaveLength(1);
    expect(late.recentCalls).toEqual(before.recentCalls);
    expect(late.call.lastEndedCall).toEqual(before.call.lastEndedCall);
  });

  it('does not list the call while it is still the current one', () => {
    expect(from(endedCall('CA1')).recentCalls).toEqual([]);
  });

  it('keeps the ended call when the next call starts without Done', () => {
    const next = from([...endedCall('CA1'), ev.dialing('+14155550111')]);
    expect(next.recentCalls.map((call) => call.callUuid)).toEqual(['CA1']);
  });

  it('keeps the ended call when the bus frame reloads', () => {
    const reloaded = from([...endedCall('CA1'), { type: 'kit/connecting', payload: { reconnect: true } }]);
    expect(reloaded.recentCalls.map((call) => call.callUuid)).toEqual(['CA1']);
  });

  it('keeps only calls whose id is known', () => {
    const unnamed = from([
      ev.dialing('+1'),
      ev.status('connecting', 'regular'),
      ev.status('connected', 'regular'),
      ev.status('ended', 'regular'),
      ev.status('idle'),
    ]);
    expect(unnamed.recentCalls).toEqual([]);
  });

  it('does not keep a call that never ended (forgotten during the conversation)', () => {
    const events = endedCall('CA1').slice(0, 4);
    expect(from([...events, { type: 'kit/connecting', payload: { reconnect: true } }]).recentCalls).toEqual(
      [],
    );
  });

  it(`keeps the newest ${RECENT_CALLS_LIMIT}, newest first, each call once`, () => {
    const calls = ['CA1', 'CA2', 'CA3', 'CA4', 'CA5', 'CA6'].flatMap((id) => [
      ...endedCall(id),
      ev.status('idle'),
    ]);
    const state = from(calls);
    expect(state.recentCalls.map((call) => call.callUuid)).toEqual(['CA6', 'CA5', 'CA4', 'CA3', 'CA2']);
    // The same call ending again (the bus re-sent it after a reload) replaces its entry.
    const again = from([...endedCall('CA4'), ev.status('idle')], state);
    expect(again.recentCalls.map((call) => call.callUuid)).toEqual(['CA4', 'CA6', 'CA5', 'CA3', 'CA2']);
  });

  it('forgets them when the session ends: the next agent must not edit them', () => {
    const done = from([...endedCall('CA1'), ev.status('idle')]);
    expect(from([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], done).recentCalls).toEqual([]);
    expect(from([...endedCall('CA2'), { type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], done).recentCalls).toEqual([]);
    expect(from([{ type: 'BUS.REGISTER_FULFILLED' }], done).recentCalls).toEqual([]);
  });
});

describe('API.UPDATE_CALL_TAGS', () => {
  const done = from([...endedCall('CA1'), ...endedCall('CA2'), ev.status('idle')]);
  const sent = from([ev.sent('API.UPDATE_CALL_TAGS', { callUuid: 'CA1', tagIds: [101, 102] })], done);

  it('records which call it retags and with what, until answered', () => {
    expect(sent.requests['API.UPDATE_CALL_TAGS']).toEqual({
      sentAt: 1_000,
      deadline: 11_000,
      callUuid: 'CA1',
      tagIds: [101, 102],
    });
  });

  it('confirms the tags of that recent call on _FULFILLED, keeping the names it knew', () => {
    const { state, effects } = transitionDialer(sent, { type: 'API.UPDATE_CALL_TAGS_FULFILLED' }, 2_000);
    expect(state.recentCalls.find((call) => call.callUuid === 'CA1')?.tags).toEqual([
      { id: 101, name: 'Lead' },
      { id: 102 },
    ]);
    expect(state.recentCalls.find((call) => call.callUuid === 'CA2')).toBe(
      sent.recentCalls.find((call) => call.callUuid === 'CA2'),
    );
    expect(state.requests).toEqual({});
    expect(effects).toContainEqual({
      type: 'settle',
      request: 'API.UPDATE_CALL_TAGS',
      sentAt: 1_000,
      result: { ok: true, payload: undefined },
    });
  });

  it('confirms the tags of the current call when it is the one retagged', () => {
    const ended = from(endedCall('CA3'), done);
    const retagged = from(
      [
        ev.sent('API.UPDATE_CALL_TAGS', { callUuid: 'CA3', tagIds: [] }),
        { type: 'API.UPDATE_CALL_TAGS_FULFILLED' },
      ],
      ended,
    );
    expect(retagged.call.tags).toEqual([]);
    expect(retagged.call.status).toBe('ended');
    expect(from([ev.status('idle')], retagged).recentCalls[0]).toMatchObject({ callUuid: 'CA3', tags: [] });
  });

  it('records a rejection for that call, with the bus reason when it gives one, and keeps its tags', () => {
    const rejected = from(
      [{ type: 'API.UPDATE_CALL_TAGS_REJECTED', payload: { error: { message: 'Tag 102 not found' } } }],
      sent,
    );
    expect(rejected.lastFailure).toEqual({
      operation: 'updateCallTags',
      reason: 'rejected',
      message: 'Tag 102 not found',
      callUuid: 'CA1',
      at: 1_000,
    });
    expect(rejected.recentCalls).toBe(sent.recentCalls);
    expect(rejected.diagnostics.items.at(-1)).toMatchObject({ code: 'request-rejected' });
    // The documented rejection has no payload: no reason to show but the kit's own.
    const bare = from([{ type: 'API.UPDATE_CALL_TAGS_REJECTED' }], sent);
    expect(bare.lastFailure).toEqual({
      operation: 'updateCallTags',
      reason: 'rejected',
      callUuid: 'CA1',
      at: 1_000,
    });
  });

  it('records a timeout for that call', () => {
    const timedOut = from(
      [{ type: 'kit/requestTimedOut', payload: { commandType: 'API.UPDATE_CALL_TAGS', sentAt: 1_000 } }],
      sent,
    );
    expect(timedOut.lastFailure).toEqual({
      operation: 'updateCallTags',
      reason: 'timeout',
      callUuid: 'CA1',
      at: 1_000,
    });
    expect(timedOut.requests).toEqual({});
  });

  it('records a failed post for that call', () => {
    const notSent = from(
      [
        {
          type: 'kit/commandNotSent',
          payload: { commandType: 'API.UPDATE_CALL_TAGS', sentAt: 1_000, reason: 'x' },
        },
      ],
      sent,
    );
    expect(notSent.lastFailure).toMatchObject({
      operation: 'updateCallTags',
      reason: 'not-sent',
      callUuid: 'CA1',
    });
  });

  it('clears that failure on the next update or its success', () => {
    const rejected = from([{ type: 'API.UPDATE_CALL_TAGS_REJECTED' }], sent);
    expect(
      from([ev.sent('API.UPDATE_CALL_TAGS', { callUuid: 'CA2', tagIds: [] })], rejected).lastFailure,
    ).toBeUndefined();
  });

  it('only settles an answer whose call it does not know', () => {
    const unnamed = from([ev.sent('API.UPDATE_CALL_TAGS'), { type: 'API.UPDATE_CALL_TAGS_FULFILLED' }], done);
    expect(unnamed.recentCalls).toBe(done.recentCalls);
    expect(unnamed.call).toBe(done.call);
    expect(unnamed.requests).toEqual({});
    const forgotten = from(
      [
        ev.sent('API.UPDATE_CALL_TAGS', { callUuid: 'CA-other', tagIds: [1] }),
        { type: 'API.UPDATE_CALL_TAGS_FULFILLED' },
      ],
      done,
    );
    expect(forgotten.recentCalls).toBe(done.recentCalls);
  });

  it('changes nothing on an answer nothing awaits, and never mutates its input', () => {
    const frozen = structuredClone(done);
    const { state } = transitionDialer(done, { type: 'API.UPDATE_CALL_TAGS_FULFILLED' }, 9_000);
    expect(state).toBe(done);
    expect(done).toEqual(frozen);
  });
});
