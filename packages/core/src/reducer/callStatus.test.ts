import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import { selectOfferedCall } from '../selectors/offeredCall';
import { createInitialState } from '../state/createInitialState';
import { after, ev, legs, participant, replay } from './testing';

const codes = (state: { diagnostics: { items: readonly { code: string }[] } }): string[] =>
  state.diagnostics.items.map((item) => item.code);

const outgoing = [
  ev.dialing('+14155550199'),
  ev.status('connecting', 'regular'),
  ev.status('ringing', 'regular'),
  ev.status('connected', 'regular'),
];

describe('DIALER.CALL_STATUS', () => {
  it('follows an outgoing call step by step, with the timestamps of arrival', () => {
    const [, connecting, ringing, connected] = replay(outgoing);
    expect(connecting?.call).toMatchObject({
      status: 'connecting',
      flow: 'regular',
      statusSince: 2_000,
      flowSince: 2_000,
    });
    expect(ringing?.call).toMatchObject({ status: 'ringing', statusSince: 3_000, flowSince: 2_000 });
    expect(connected?.call).toMatchObject({ status: 'connected', statusSince: 4_000, connectedAt: 4_000 });
    expect(codes(connected ?? createInitialState())).toEqual([]);
  });

  it('keeps connectedAt from the first time the call connected', () => {
    const state = after([
      ...outgoing,
      ev.status('startingWarmTransfer', 'regular'),
      ev.status('connected', 'regular'),
    ]);
    expect(state.call.connectedAt).toBe(4_000);
    expect(state.call.statusSince).toBe(1_000 + 5 * 1_000);
  });

  it('returns the same object for a repeated identical status (Decision 3)', () => {
    const state = after(outgoing);
    expect(reduceDialer(state, ev.status('connected', 'regular'), 50_000)).toBe(state);
  });

  it('applies an undocumented transition and records it (Decision 1)', () => {
    const state = after([ev.dialing('+14155550199'), ev.status('connected', 'regular')]);
    expect(state.call.status).toBe('connected');
    expect(state.diagnostics.items.at(-1)).toMatchObject({
      code: 'unexpected-transition',
      message: 'idle -> regular/connected',
    });
  });

  it('keeps the current flow for a non-idle status without flow, with a diagnostic (Decision 10)', () => {
    const state = after([
      ...outgoing,
      ev.status('startingConcurrent', 'regular'),
      ev.status('ringing', 'concurrent'),
    ]);
    const next = reduceDialer(state, ev.status('connected'), 50_000);
    expect(next.call).toMatchObject({ status: 'connected', flow: 'concurrent' });
    expect(next.diagnostics.items.at(-1)).toMatchObject({ code: 'invalid-message', path: 'payload.flow' });
  });

  it('uses the regular flow for a status without flow from idle', () => {
    const state = after([ev.status('connecting')]);
    expect(state.call.flow).toBe('regular');
    expect(codes(state)).toContain('invalid-message');
  });

  it('ignores a flow sent with idle', () => {
    const state = after([
      ...outgoing,
      ev.status('hanging', 'regular'),
      ev.status('ended', 'regular'),
      ev.status('idle', 'regular'),
    ]);
    expect(state.call.flow).toBeUndefined();
  });

  describe('when the call ends', () => {
    it('stops the timer at mandatory tagging and keeps it when ended follows', () => {
      const [tagging, ended] = replay(
        [ev.status('mandatoryTagging', 'regular'), ev.status('ended', 'regular')],
        after([...outgoing, ev.status('hanging', 'regular')]),
        10_000,
      );
      expect(tagging?.call.endedAt).toBe(10_000);
      expect(ended?.call.endedAt).toBe(10_000);
      expect(codes(ended ?? createInitialState())).toEqual([]);
    });

    it('resets the whole call context on idle', () => {
      const busy = after([
        ...outgoing,
        ev.sync(legs(participant('CA-1', '+14155550199'))),
        { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 1 }] },
        { type: 'kit/tagSelectionChanged', payload: { tagIds: [1] } },
        ev.sent('DIALER.MUTE', { shouldMute: true }),
        ev.status('hanging', 'regular'),
        ev.status('ended', 'regular'),
      ]);
      const idle = reduceDialer(busy, ev.status('idle'), 90_000);
      expect(idle.call).toEqual({
        ...createInitialState().call,
        statusSince: 90_000,
        flowSince: 90_000,
        lastEndedCall: {
          callUuid: 'CA01',
          // What the call's record among the recent calls takes from the call, for a late SYNC to complete.
          kept: {
            endedAt: busy.call.endedAt,
            talkTimeMs: 6_000,
            startParty: { source: 'call', phoneNumber: '+14155550199', isHeld: false },
            tags: [{ id: 1 }],
          },
        },
      });
    });

    it('starts a new call context when a call begins from ended without DIALING', () => {
      const ended = after([...outgoing, ev.status('hanging', 'regular'), ev.status('ended', 'regular')]);
      const next = reduceDialer(ended, ev.status('accepting', 'regular'), 90_000);
      expect(next.call).toMatchObject({
        status: 'accepting',
        endedAt: undefined,
        connectedAt: undefined,
        dialing: undefined,
      });
    });
  });

  it('marks the offered call accepted when the bus accepts it', () => {
    const [accepting] = replay([ev.status('accepting', 'regular')], after([ev.incoming()]));
    expect(accepting?.call.incoming?.answer).toBe('accepted');
  });

  it('clears the pending command once the status changes', () => {
    const state = after([...outgoing, ev.sent('DIALER.HOLD')]);
    expect(state.pending?.type).toBe('DIALER.HOLD');
    expect(after([ev.status('hanging', 'regular')], state).pending).toBeUndefined();
  });

  it('keeps a HANGUP pending through the hanging it causes, until the status after it', () => {
    const state = after([...outgoing, ev.sent('DIALER.HANGUP'), ev.status('hanging', 'regular')]);
    expect(state.pending?.type).toBe('DIALER.HANGUP');
    expect(after([ev.status('ended', 'regular')], state).pending).toBeUndefined();
  });

  it('expects idle from any status after a RESET was sent', () => {
    const state = after([...outgoing, ev.sent('DIALER.RESET'), ev.status('idle')]);
    expect(codes(state)).toEqual([]);
  });

  it('keeps an offer still waiting through the RESET of the call before it: the bus still offers it', () => {
    const ended = after([...outgoing, ev.status('hanging', 'regular'), ev.status('ended', 'regular')]);
    const offer = ev.incoming({ callUuid: 'CA-offered', from: '+14155550188' });
    for (const offered of [
      after([offer], ended),
      after([offer, ev.status('ended', 'regular')], after(outgoing)),
    ]) {
      const idle = after([ev.sent('DIALER.RESET'), ev.status('idle')], offered);
      expect(idle.call.status).toBe('idle');
      expect(selectOfferedCall(idle)).toMatchObject({ callUuid: 'CA-offered', answer: 'offered' });
      expect(idle.call.activeParticipant).toMatchObject({ phoneNumber: '+14155550188' });
      // The offer is not the call that went idle: a late SYNC of the offered call must not be dropped.
      expect(idle.call.lastEndedCall?.callUuid).not.toBe('CA-offered');
      expect(codes(idle)).toEqual([]);
    }
  });

  it('ends an offer made after the last call ended when the bus says ended again (its caller gave up)', () => {
    const ended = after([...outgoing, ev.status('hanging', 'regular'), ev.status('ended', 'regular')]);
    const offered = after([ev.incoming({ callUuid: 'CA-offered' })], ended);
    expect(selectOfferedCall(offered)?.callUuid).toBe('CA-offered');
    const gaveUp = reduceDialer(offered, ev.status('ended', 'regular'), 90_000);
    expect(selectOfferedCall(gaveUp)).toBeUndefined();
    expect(gaveUp.call).toMatchObject({ status: 'ended', endedAt: 90_000, ending: { byAgent: false } });
    expect(codes(gaveUp)).toEqual([]);
    // Once ended, a repeated `ended` is the same state (Decision 3).
    expect(reduceDialer(gaveUp, ev.status('ended', 'regular'), 91_000)).toBe(gaveUp);
  });

  it('reports idle without a RESET from a connected call as unexpected', () => {
    expect(codes(after([...outgoing, ev.status('idle')]))).toEqual(['unexpected-transition']);
  });

  it('expects an offered call to end straight from idle (rejected or missed)', () => {
    const state = after([ev.incoming(), ev.sent('DIALER.REJECT'), ev.status('ended', 'regular')]);
    expect(state.call.status).toBe('ended');
    expect(codes(state)).toEqual([]);
  });
});
