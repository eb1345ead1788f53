import { describe, expect, it } from 'vitest';
import type { CallMetadata } from '../protocol/entities';
import { CUSTOMER } from '../reducer/testing';
import type { CallState } from '../state/CallState';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { selectAfterCallSummary, selectAfterCallTagging } from './afterCall';

const LINE = { id: 7, name: 'Sales US', number: '+1 415-555-0123', normalized: '+14155550123' };
const METADATA: CallMetadata = {
  callUuid: 'CA01',
  line: LINE,
  from: LINE.normalized,
  to: CUSTOMER,
  direction: 'outgoing',
  recordingState: 'recording',
};

/** A ready agent whose call is `call` (ended at 70 000 after connecting at 5 000 by default). */
function stateWith(call: Partial<CallState>, extra: Partial<DialerState> = {}): DialerState {
  return {
    ...createInitialState(),
    connection: 'ready',
    call: {
      ...INITIAL_CALL,
      status: 'ended',
      flow: 'regular',
      statusSince: 70_000,
      connectedAt: 5_000,
      endedAt: 70_000,
      metadata: METADATA,
      synced: true,
      activeParticipant: { source: 'sync', legId: 'leg-c', phoneNumber: CUSTOMER, isHeld: false },
      ...call,
    },
    ...extra,
  };
}

describe('selectAfterCallSummary', () => {
  it('is undefined unless the call has ended', () => {
    for (const status of ['idle', 'connected', 'hanging', 'mandatoryTagging'] as const) {
      expect(selectAfterCallSummary(stateWith({ status }))).toBeUndefined();
    }
  });

  it('sums up the ended call: talk time, line, party, direction, recording', () => {
    expect(selectAfterCallSummary(stateWith({}))).toEqual({
      callUuid: 'CA01',
      talkTimeMs: 65_000,
      line: LINE,
      party: { source: 'sync', legId: 'leg-c', phoneNumber: CUSTOMER, isHeld: false },
      direction: 'outgoing',
      recordingState: 'recording',
    });
  });

  it('has no talk time for a call that never connected', () => {
    expect(selectAfterCallSummary(stateWith({ connectedAt: undefined }))?.talkTimeMs).toBeUndefined();
  });

  it('names the number dialled, or the caller, when the last SYNC named no party', () => {
    const outgoing = stateWith({ activeParticipant: undefined });
    expect(selectAfterCallSummary(outgoing)?.party).toEqual({
      source: 'call',
      phoneNumber: CUSTOMER,
      isHeld: false,
    });
    const incoming = stateWith({
      activeParticipant: undefined,
      metadata: { ...METADATA, direction: 'incoming', from: '+33612345678', to: LINE.normalized },
    });
    expect(selectAfterCallSummary(incoming)?.party?.phoneNumber).toBe('+33612345678');
    const partial = stateWith({
      activeParticipant: undefined,
      metadata: { direction: 'outgoing' },
      dialing: { from: LINE.normalized, to: CUSTOMER },
    });
    expect(selectAfterCallSummary(partial)?.party?.phoneNumber).toBe(CUSTOMER);
    const unsynced = stateWith({
      activeParticipant: undefined,
      metadata: undefined,
      synced: false,
      dialing: { from: LINE.normalized, to: 'client:7' },
    });
    expect(selectAfterCallSummary(unsynced)).toMatchObject({
      callUuid: undefined,
      party: { userId: 7 },
      line: undefined,
      recordingState: undefined,
    });
  });

  it("takes the accepted offer's id before a SYNC, never a waiting offer's", () => {
    const offer = { type: 'external', callUuid: 'CA02', offeredAt: 1 } as const;
    const accepted = stateWith({ metadata: undefined, incoming: { ...offer, answer: 'accepted' } });
    expect(selectAfterCallSummary(accepted)?.callUuid).toBe('CA02');
    const waiting = stateWith({ metadata: undefined, incoming: { ...offer, answer: 'offered' } });
    expect(selectAfterCallSummary(waiting)?.callUuid).toBeUndefined();
  });

  it('returns the same summary for the same call', () => {
    const state = stateWith({});
    expect(selectAfterCallSummary({ ...state, pending: undefined })).toBe(selectAfterCallSummary(state));
  });
});

describe('selectAfterCallTagging', () => {
  const failure = (at: number): FailedOperation => ({
    operation: 'setTags',
    reason: 'rejected',
    message: 'Tag 190 not found',
    at,
  });

  it('is undefined unless the call has ended', () => {
    expect(selectAfterCallTagging(stateWith({ status: 'mandatoryTagging' }))).toBeUndefined();
  });

  it('offers optional tags: nothing saved, nothing picked, nothing to save', () => {
    expect(selectAfterCallTagging(stateWith({}))).toEqual({
      savedTags: [],
      selectedTagIds: [],
      changed: false,
      saveWith: 'updateCallTags',
      saving: false,
      saveControl: { enabled: true, pending: false, reason: undefined },
      failure: undefined,
    });
  });

  it('has something to save when the picks differ from the confirmed tags', () => {
    const saved = [{ id: 101, name: 'Qualified lead' }];
    expect(selectAfterCallTagging(stateWith({ tagSelection: [101, 102] }))?.changed).toBe(true);
    expect(selectAfterCallTagging(stateWith({ tags: saved, tagSelection: [101] }))?.changed).toBe(false);
    expect(selectAfterCallTagging(stateWith({ tags: saved, tagSelection: [] }))?.changed).toBe(true);
    expect(selectAfterCallTagging(stateWith({ tags: saved, tagSelection: [102] }))?.changed).toBe(true);
  });

  it('is saving while an UPDATE_CALL_TAGS of this call awaits its answer, and the control says so', () => {
    const update = (callUuid: string) => ({
      requests: { 'API.UPDATE_CALL_TAGS': { sentAt: 71_000, deadline: 81_000, callUuid, tagIds: [101] } },
    });
    expect(selectAfterCallTagging(stateWith({ tagSelection: [101] }, update('CA01')))).toMatchObject({
      saving: true,
      saveControl: { enabled: false, pending: true, reason: 'request-pending' },
    });
    // Another call's update: this call is not saving, and waits its turn.
    expect(selectAfterCallTagging(stateWith({ tagSelection: [101] }, update('CA99')))).toMatchObject({
      saving: false,
      saveControl: { enabled: false, reason: 'request-pending' },
    });
  });

  it('reports a failed update of this call since the call ended, not one from before or of another call', () => {
    const updateFailure = (at: number, callUuid = 'CA01'): FailedOperation => ({
      operation: 'updateCallTags',
      reason: 'rejected',
      callUuid,
      at,
    });
    const failureOf = (lastFailure: FailedOperation) =>
      selectAfterCallTagging(stateWith({}, { lastFailure }))?.failure;
    expect(failureOf(updateFailure(72_000))).toEqual(updateFailure(72_000));
    expect(failureOf(updateFailure(60_000))).toBeUndefined();
    expect(failureOf(updateFailure(72_000, 'CA99'))).toBeUndefined();
    expect(failureOf(failure(72_000))).toBeUndefined();
    expect(failureOf({ operation: 'hold', reason: 'timeout', at: 72_000 })).toBeUndefined();
  });

  describe('while the call’s id is unknown (no SYNC, no accepted offer)', () => {
    const unnamed = (extra: Partial<DialerState> = {}) =>
      selectAfterCallTagging(stateWith({ metadata: undefined, synced: false, tagSelection: [101] }, extra));

    it('saves with SET_TAGS, the only way to tag the bus’s current call without its id', () => {
      expect(unnamed()).toMatchObject({ saveWith: 'setTags', saving: false, saveControl: { enabled: true } });
      expect(
        unnamed({ requests: { 'DIALER.SET_TAGS': { sentAt: 71_000, deadline: 81_000 } } }),
      ).toMatchObject({
        saving: true,
        saveControl: { enabled: false, pending: true, reason: 'request-pending' },
      });
    });

    it('reports a failed SET_TAGS since the call ended, not one from before', () => {
      expect(unnamed({ lastFailure: failure(72_000) })?.failure).toEqual(failure(72_000));
      expect(unnamed({ lastFailure: failure(60_000) })?.failure).toBeUndefined();
    });
  });

  it('says why saving is refused while the dialer is not ready', () => {
    expect(selectAfterCallTagging(stateWith({}, { connection: 'reconnecting' }))?.saveControl.reason).toBe(
      'not-ready',
    );
  });
});
