import { describe, expect, it } from 'vitest';
import type { FireAndForgetCommandType } from '../protocol/commands';
import type { CallFlow, CallStatus } from '../protocol/enums';
import type { CallState } from '../state/CallState';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { getControls } from './getControls';

const LINE = { id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' };

/** A ready agent with one line, in a synced call talking to leg-1. */
function stateFor(
  status: CallStatus,
  flow: CallFlow | undefined,
  call: Partial<CallState> = {},
  rest: Partial<DialerState> = {},
): DialerState {
  return {
    ...createInitialState(),
    connection: 'ready',
    lines: [LINE],
    call: {
      ...INITIAL_CALL,
      status,
      flow,
      synced: true,
      activeParticipant: { source: 'sync', legId: 'leg-1', phoneNumber: '+14155550199', isHeld: false },
      ...call,
    },
    ...rest,
  };
}

const pendingOf = (type: FireAndForgetCommandType) => ({ type, sentAt: 1, deadline: 10_001 });

describe('hang up and reject, the escape hatches', () => {
  const incoming = { type: 'external', callUuid: 'CA1', offeredAt: 1, answer: 'offered' } as const;

  it.each([
    'DIALER.HOLD',
    'DIALER.SET_RECORDING',
    'DIALER.KICK_PARTICIPANT',
    'DIALER.INVITE_PARTICIPANT',
  ] as const)('stay enabled while %s waits for a SYNC', (type) => {
    const controls = getControls(
      stateFor('connected', 'regular', { incoming }, { pending: pendingOf(type) }),
    );
    expect([controls.hangUp.enabled, controls.reject.enabled]).toEqual([true, true]);
    expect(controls.hold.reason).toBe('operation-pending');
  });

  it.each(['DIALER.HANGUP', 'DIALER.REJECT', 'DIALER.RESET'] as const)(
    'are disabled while %s is pending',
    (type) => {
      const controls = getControls(
        stateFor('connected', 'regular', { incoming }, { pending: pendingOf(type) }),
      );
      expect([controls.hangUp.reason, controls.reject.reason]).toEqual([
        'operation-pending',
        'operation-pending',
      ]);
    },
  );

  it.each(['warmTransfer', 'concurrent'] as const)(
    'refuses a second hang-up while %s is hanging, which could end the call it returns to',
    (flow) => {
      expect(getControls(stateFor('hanging', flow)).hangUp).toEqual({
        enabled: false,
        pending: false,
        reason: 'operation-pending',
      });
    },
  );

  it.each(['regular', 'conference', 'coaching'] as const)(
    'lets the agent hang up again while %s is hanging with nothing pending, should the next status be lost',
    (flow) => {
      expect(getControls(stateFor('hanging', flow)).hangUp.enabled).toBe(true);
    },
  );

  it('refuses a second hang-up of a regular call while the first HANGUP is pending', () => {
    const state = stateFor('connected', 'regular', {}, { pending: pendingOf('DIALER.HANGUP') });
    expect(getControls(state).hangUp).toEqual({ enabled: false, pending: true, reason: 'operation-pending' });
  });
});

describe('the two answers to an offer', () => {
  const incoming = { type: 'external', callUuid: 'CA1', offeredAt: 1, answer: 'offered' } as const;

  it('refuses to reject while the ACCEPT is pending', () => {
    const state = stateFor('idle', undefined, { incoming }, { pending: pendingOf('DIALER.ACCEPT') });
    expect(getControls(state).reject).toEqual({
      enabled: false,
      pending: false,
      reason: 'operation-pending',
    });
    expect(getControls(state).accept).toEqual({ enabled: false, pending: true, reason: 'operation-pending' });
  });

  it('refuses to accept once REJECT was sent', () => {
    const rejected = { ...incoming, answer: 'rejected' } as const;
    expect(getControls(stateFor('idle', undefined, { incoming: rejected })).accept.enabled).toBe(false);
  });
});

describe('swap and merge before the second party answers', () => {
  it.each([
    ['ringing', 'warmTransfer'],
    ['swapping', 'warmTransfer'],
    ['merging', 'warmTransfer'],
  ] as const)('report not-connected during %s / %s', (status, flow) => {
    const controls = getControls(stateFor(status, flow));
    expect([controls.swap.reason, controls.merge.reason]).toEqual(['not-connected', 'not-connected']);
  });

  it('reports not-connected for swap during a ringing concurrent call, merge not being offered there', () => {
    const controls = getControls(stateFor('ringing', 'concurrent'));
    expect([controls.swap.reason, controls.merge.reason]).toEqual(['not-connected', 'not-in-warm-transfer']);
  });

  it('names the missing transfer on a regular call', () => {
    const controls = getControls(stateFor('connected', 'regular'));
    expect([controls.swap.reason, controls.merge.reason]).toEqual([
      'not-in-transfer',
      'not-in-warm-transfer',
    ]);
  });
});

describe('dial without a line', () => {
  it('reports no-line when the agent has no line and the call names none', () => {
    expect(getControls(stateFor('idle', undefined, {}, { lines: [] })).dial).toEqual({
      enabled: false,
      pending: false,
      reason: 'no-line',
    });
  });

  it("dials from the ended call's line when the agent's lines are not known", () => {
    const metadata = { line: { id: 2, normalized: '+33100000001' } };
    expect(getControls(stateFor('ended', 'regular', { metadata }, { lines: [] })).dial.enabled).toBe(true);
  });

  it('names the call in progress before the missing line', () => {
    expect(getControls(stateFor('connected', 'regular', {}, { lines: [] })).dial.reason).toBe(
      'call-in-progress',
    );
  });
});

describe('tags confirmed before or while mandatory tagging', () => {
  const tags = [{ id: 7, label: 'Sale' }];

  it('lets the agent save again, so a lost `ended` cannot trap them in tagging', () => {
    expect(getControls(stateFor('mandatoryTagging', 'regular', { tags })).setTags.enabled).toBe(true);
  });

  it('refuses a second save while the first SET_TAGS awaits its answer', () => {
    const requests = { 'DIALER.SET_TAGS': { sentAt: 1, deadline: 10_001 } };
    expect(getControls(stateFor('mandatoryTagging', 'regular', { tags }, { requests })).setTags.reason).toBe(
      'request-pending',
    );
  });

  it('lets the agent save before any tags are confirmed', () => {
    expect(getControls(stateFor('mandatoryTagging', 'regular')).setTags.enabled).toBe(true);
  });

  it('lets the agent change confirmed tags once the call ended', () => {
    expect(getControls(stateFor('ended', 'regular', { tags })).setTags.enabled).toBe(true);
  });
});
