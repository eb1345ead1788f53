import { describe, expect, it } from 'vitest';
import type { CallLifecycleEvent } from '../reducer/effects';
import type { CallRecord } from '../selectors/callRecord';
import { CALL_UUID, callStatus, connect, setup, sync } from './storeHarness.test-helper';

const CALLER = '+14155550199';
const LINE = { id: 1, name: 'Sales', number: '+33 1 00 00 00 00', normalized: '+33100000000' };

/** A connected store on a manual clock, recording what each lifecycle callback was given. */
function desk(throwing?: 'onCallAnswered') {
  let time = 0;
  const told: CallLifecycleEvent[] = [];
  const record =
    (kind: 'incoming' | 'answered' | 'ended') =>
    (r: CallRecord): void => {
      told.push({ kind, record: r });
      if (throwing === 'onCallAnswered' && kind === 'answered') throw new Error('CRM is down');
    };
  const harness = setup({
    now: () => time,
    onIncomingCall: record('incoming'),
    onCallAnswered: record('answered'),
    onCallEnded: record('ended'),
    onCallTagged: (tagged) => told.push({ kind: 'tagged', tagged }),
  });
  connect(harness);
  /** Delivers `message` at `at` ms on the manual clock. */
  const at = (ms: number, message: unknown): void => {
    time = ms;
    harness.bus.push(message);
  };
  const kinds = () => told.map((event) => event.kind);
  const last = (kind: 'incoming' | 'answered' | 'ended'): CallRecord | undefined => {
    const event = told.findLast((e) => e.kind === kind);
    return event !== undefined && event.kind !== 'tagged' ? event.record : undefined;
  };
  return { ...harness, told, at, kinds, last, setTime: (ms: number) => (time = ms) };
}

const incoming = {
  type: 'DIALER.INCOMING',
  payload: { from: CALLER, to: '+33100000000', callUuid: CALL_UUID, type: 'external' },
};

describe('the call lifecycle callbacks', () => {
  it('tell of an incoming call: offered, answered, tagged in mandatory tagging, then ended with its summary', () => {
    const { store, at, kinds, last, told } = desk();
    at(1_000, incoming);
    expect(last('incoming')).toMatchObject({
      callId: 1,
      callUuid: CALL_UUID,
      direction: 'incoming',
      incomingType: 'external',
      party: { phoneNumber: CALLER },
      startedAt: 1_000,
      answeredAt: undefined,
    });
    expect(store.actions.accept()).toEqual({ ok: true });
    at(3_000, callStatus('accepting', 'regular'));
    at(4_000, callStatus('connected', 'regular'));
    expect(last('answered')).toMatchObject({ callId: 1, answeredAt: 4_000, timeToAnswerMs: 3_000 });
    at(5_000, sync({ line: LINE, direction: 'incoming', recordingState: 'recording' }));
    at(
      10_000,
      sync({
        line: LINE,
        direction: 'incoming',
        recordingState: 'recording',
        activeParticipant: {
          legId: 'leg-1',
          isHeld: true,
          state: 'answering',
          external: { phoneNumber: CALLER },
        },
      }),
    );
    at(25_000, sync({ line: LINE, direction: 'incoming', recordingState: 'paused' }));
    at(64_000, callStatus('hanging', 'regular'));
    at(65_000, callStatus('mandatoryTagging', 'regular'));
    void store.actions.setTags([101]);
    at(80_000, { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Sale' }] });
    expect(told.at(-1)).toEqual({
      kind: 'tagged',
      tagged: { callId: 1, callUuid: CALL_UUID, tags: [{ id: 101, name: 'Sale' }] },
    });
    at(90_000, callStatus('ended', 'regular'));
    expect(kinds()).toEqual(['incoming', 'answered', 'tagged', 'ended']);
    expect(last('ended')).toEqual({
      callId: 1,
      callUuid: CALL_UUID,
      direction: 'incoming',
      incomingType: 'external',
      party: { source: 'sync', legId: 'leg-1', phoneNumber: CALLER, isHeld: false, state: 'answering' },
      line: LINE,
      from: CALLER,
      to: '+33100000000',
      recordingState: 'paused',
      startedAt: 1_000,
      answeredAt: 4_000,
      endedAt: 65_000,
      timeToAnswerMs: 3_000,
      talkTimeMs: 61_000,
      holdTimeMs: 15_000,
      afterCallWorkMs: 25_000,
      endCause: 'other-party',
      endedBy: 'other-party',
      tags: [{ id: 101, name: 'Sale' }],
    });
    // Repeated messages tell nothing new; Done tells nothing more.
    at(91_000, callStatus('ended', 'regular'));
    at(92_000, { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Sale' }] });
    at(93_000, callStatus('idle'));
    expect(kinds()).toEqual(['incoming', 'answered', 'tagged', 'ended']);
  });

  it('tell of an outgoing call the agent hangs up: answered when the callee picks up, no after-call work', () => {
    const { store, at, kinds, last } = desk();
    at(1_000, { type: 'DIALER.DIALING', payload: { from: '+33100000000', to: CALLER } });
    at(2_000, callStatus('connecting', 'regular'));
    at(3_000, callStatus('ringing', 'regular'));
    expect(kinds()).toEqual([]);
    at(9_000, callStatus('connected', 'regular'));
    expect(last('answered')).toMatchObject({ direction: 'outgoing', to: CALLER, timeToAnswerMs: 8_000 });
    expect(store.actions.hangUp()).toEqual({ ok: true });
    at(20_000, callStatus('hanging', 'regular'));
    at(20_500, callStatus('ended', 'regular'));
    expect(last('ended')).toMatchObject({
      direction: 'outgoing',
      talkTimeMs: 11_500,
      holdTimeMs: 0,
      afterCallWorkMs: 0,
      endCause: 'hung-up',
      endedBy: 'agent',
      tags: [],
    });
    expect(kinds()).toEqual(['answered', 'ended']);
  });

  it('tell of an offer the caller gave up: offered and ended, never answered', () => {
    const { at, kinds, last } = desk();
    at(1_000, incoming);
    at(7_000, callStatus('ended', 'regular'));
    expect(kinds()).toEqual(['incoming', 'ended']);
    expect(last('ended')).toMatchObject({
      callId: 1,
      answeredAt: undefined,
      timeToAnswerMs: undefined,
      talkTimeMs: undefined,
      endCause: 'missed',
      endedBy: 'other-party',
    });
  });

  it('end a call whose `ended` was lost when its context goes (Done after mandatory tagging)', () => {
    const { at, kinds, last } = desk();
    at(1_000, callStatus('connecting', 'regular'));
    at(2_000, callStatus('connected', 'regular'));
    at(3_000, callStatus('hanging', 'regular'));
    at(4_000, callStatus('mandatoryTagging', 'regular'));
    expect(kinds()).toEqual(['answered']);
    at(10_000, callStatus('idle'));
    expect(kinds()).toEqual(['answered', 'ended']);
    expect(last('ended')).toMatchObject({ callId: 1, afterCallWorkMs: 6_000 });
  });

  it('do not end the next call a SYNC starts while the last one is ended (its DIALING lost)', () => {
    const { at, kinds } = desk();
    at(1_000, callStatus('connecting', 'regular'));
    at(2_000, callStatus('connected', 'regular'));
    at(3_000, sync());
    at(4_000, callStatus('ended', 'regular'));
    at(5_000, sync({ callUuid: 'CA-next' }));
    expect(kinds()).toEqual(['answered', 'ended']);
    at(6_000, callStatus('connecting', 'regular'));
    at(7_000, callStatus('connected', 'regular'));
    expect(kinds()).toEqual(['answered', 'ended', 'answered']);
  });

  it('give each call its own id, and an offer waiting during a call one of its own', () => {
    const { at, told } = desk();
    at(1_000, callStatus('connecting', 'regular'));
    at(2_000, callStatus('connected', 'regular'));
    at(3_000, { ...incoming, payload: { ...incoming.payload, callUuid: 'CA-waiting' } });
    at(4_000, callStatus('ended', 'regular'));
    const ids = told.map((event) =>
      event.kind === 'tagged' ? undefined : [event.kind, event.record.callId],
    );
    expect(ids).toEqual([
      ['answered', 1],
      ['incoming', 2],
      ['ended', 1],
    ]);
  });

  it('tell of a recent call retagged after Done by its id', async () => {
    const { store, at, told, bus } = desk();
    at(1_000, incoming);
    store.actions.accept();
    at(2_000, callStatus('accepting', 'regular'));
    at(3_000, callStatus('connected', 'regular'));
    at(4_000, callStatus('ended', 'regular'));
    at(5_000, callStatus('idle'));
    const saved = store.actions.updateCallTags(CALL_UUID, [7]);
    at(6_000, { type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    await saved;
    at(7_000, { type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    expect(told.filter((event) => event.kind === 'tagged')).toEqual([
      { kind: 'tagged', tagged: { callId: undefined, callUuid: CALL_UUID, tags: [{ id: 7 }] } },
    ]);
    expect(bus.take()).toContainEqual(expect.objectContaining({ type: 'API.UPDATE_CALL_TAGS' }));
  });

  it('never let a throwing callback into the kit: reported as a diagnostic, the call goes on', () => {
    const { store, at, kinds, diagnostics } = desk('onCallAnswered');
    at(1_000, callStatus('connecting', 'regular'));
    at(2_000, callStatus('connected', 'regular'));
    expect(store.getState().call.status).toBe('connected');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'listener-failed', message: 'onCallAnswered threw: CRM is down' }),
    );
    at(3_000, callStatus('hanging', 'regular'));
    at(4_000, callStatus('ended', 'regular'));
    expect(kinds()).toEqual(['answered', 'ended']);
    expect(store.getState().call.status).toBe('ended');
  });
});
