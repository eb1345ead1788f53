import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import { selectCallEndCause, selectCallNotice, selectSavedTags } from './callNotice';

const dialed = [ev.dialing(CUSTOMER), ev.status('connecting', 'regular')];
const connected = after([...dialed, ev.status('ringing', 'regular'), ev.status('connected', 'regular')]);
const hangUp = ev.sent('DIALER.HANGUP');
const hanging = ev.status('hanging', 'regular');
const ended = ev.status('ended', 'regular');

describe('selectCallEndCause', () => {
  it('is undefined while the conversation goes on', () => {
    expect(selectCallEndCause(createInitialState())).toBeUndefined();
    expect(selectCallEndCause(connected)).toBeUndefined();
  });

  it.each([
    ['the agent hung up', [hangUp, hanging, ended], 'hung-up'],
    ['the other party hung up', [hanging, ended], 'other-party'],
    [
      'the other party hung up, tagging required',
      [hanging, ev.status('mandatoryTagging', 'regular')],
      'other-party',
    ],
    ['the call dropped', [ended], 'dropped'],
  ] as const)('after a connected call: %s', (_, events, cause) => {
    expect(selectCallEndCause(after(events, connected))).toBe(cause);
  });

  it('says a merged warm transfer was completed', () => {
    const merged = after(
      [
        ev.status('startingWarmTransfer', 'regular'),
        ev.status('ringing', 'warmTransfer'),
        ev.status('connected', 'warmTransfer'),
        ev.status('merging', 'warmTransfer'),
        ended,
      ],
      connected,
    );
    expect(selectCallEndCause(merged)).toBe('merged');
  });

  it('tells a dial that was never placed from one that was not answered', () => {
    expect(selectCallEndCause(after([...dialed, ended]))).toBe('not-placed');
    expect(selectCallEndCause(after([...dialed, ev.status('ringing', 'regular'), hanging, ended]))).toBe(
      'not-answered',
    );
    expect(
      selectCallEndCause(after([...dialed, ev.status('ringing', 'regular'), hangUp, hanging, ended])),
    ).toBe('hung-up');
  });

  it('tells an offer the agent rejected, one the caller gave up and one that failed once accepted', () => {
    expect(selectCallEndCause(after([ev.incoming(), ev.sent('DIALER.REJECT'), ended]))).toBe('rejected');
    expect(selectCallEndCause(after([ev.incoming(), ended]))).toBe('missed');
    expect(selectCallEndCause(after([ev.incoming(), ev.status('accepting', 'regular'), ended]))).toBe(
      'not-connected',
    );
  });
});

describe('selectCallNotice', () => {
  it('is undefined while there is nothing to tell', () => {
    expect(selectCallNotice(createInitialState())).toBeUndefined();
    expect(selectCallNotice(connected)).toBeUndefined();
    expect(selectCallNotice(after([hangUp, hanging, ended], connected))).toBeUndefined();
  });

  it('reports a failed call-bar operation since the last status change, mute included', () => {
    const failedHold = after(
      [
        ev.sync(legs(participant('leg-c', CUSTOMER))),
        ev.sent('DIALER.HOLD', { shouldHold: true, legId: 'leg-c' }),
      ],
      connected,
    );
    const notice = selectCallNotice(
      after([ev.sync(legs(participant('leg-c', CUSTOMER)))], failedHold, 9_000),
    );
    expect(notice).toEqual({
      kind: 'failure',
      failure: { operation: 'hold', reason: 'reverted', at: 9_000 },
    });
    const muteFailed = after(
      [
        ev.sent('DIALER.MUTE', { shouldMute: true }),
        { type: 'kit/commandNotSent', payload: { commandType: 'DIALER.MUTE', sentAt: 20_000, reason: 'x' } },
      ],
      connected,
      20_000,
    );
    expect(selectCallNotice(muteFailed)).toMatchObject({ kind: 'failure', failure: { operation: 'mute' } });
  });

  it('leaves failures of transfers and tags to their own notices', () => {
    const failedStart = after(
      [ev.status('startingWarmTransfer', 'regular'), ev.status('connected', 'regular')],
      connected,
    );
    expect(failedStart.lastFailure?.operation).toBe('startWarmTransfer');
    expect(selectCallNotice(failedStart)).toBeUndefined();
  });

  it('tells how a call ended that the agent did not end, naming the party, and the same object each time', () => {
    const state = after([hanging, ended], connected, 40_000);
    const notice = selectCallNotice(state);
    expect(notice).toEqual({
      kind: 'ended',
      cause: 'other-party',
      party: { kind: 'party', party: { source: 'call', phoneNumber: CUSTOMER, isHeld: false } },
      at: 41_000,
    });
    expect(selectCallNotice(state)).toBe(notice);
  });

  it('tells a dial that was not placed, with the number dialled', () => {
    expect(selectCallNotice(after([...dialed, ended]))).toMatchObject({
      kind: 'ended',
      cause: 'not-placed',
      party: { kind: 'party', party: { phoneNumber: CUSTOMER } },
    });
  });

  it('says nothing of the last call while the agent dials again from its end', () => {
    const endedCall = after([hanging, ended], connected);
    expect(selectCallNotice(endedCall)).toMatchObject({ kind: 'ended' });
    expect(selectCallNotice(after([ev.sent('DIALER.DIAL')], endedCall))).toBeUndefined();
  });

  it('says nothing of the last call once an offer is what the call is about', () => {
    expect(selectCallNotice(after([ended, ev.incoming({ callUuid: 'CA02' })], connected))).toBeUndefined();
  });
});

describe('selectSavedTags', () => {
  const tags = [{ id: 1, name: 'Sales' }];
  const saved = { type: 'DIALER.SET_TAGS_FULFILLED', payload: tags } as const;

  it('lists the tags the bus confirmed once the call has ended', () => {
    const tagging = after([hanging, ev.status('mandatoryTagging', 'regular'), saved], connected);
    expect(selectSavedTags(tagging)).toBeUndefined();
    const done = after([ended], tagging);
    expect(selectSavedTags(done)).toEqual(tags);
    expect(selectSavedTags(done)).toBe(done.call.tags);
  });

  it('is undefined for an ended call without confirmed tags', () => {
    expect(selectSavedTags(after([hanging, ended], connected))).toBeUndefined();
  });
});
