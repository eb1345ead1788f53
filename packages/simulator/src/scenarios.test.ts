import type { CallMetadata } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { createHarness, type Harness, payloadsOf, statuses } from '../test/harness';
import { DEFAULT_SETTINGS } from './settings';

const CUSTOMER = '+14155550199';
const taggingLines = DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true }));
const dial = (h: Harness, to = CUSTOMER) => {
  h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to } });
  h.take();
};
const syncs = (h: Harness) =>
  payloadsOf<{ metadata: CallMetadata }>(h.take(), 'DIALER.SYNC').map((p) => p.metadata);

describe('an outgoing call', () => {
  it.each([
    ['remoteNoAnswer', (h: Harness) => h.bus.remoteNoAnswer()],
    ['remoteBusy', (h: Harness) => h.bus.remoteBusy()],
  ])('ends when the callee does not pick up (%s)', (_, action) => {
    const h = createHarness({ lines: taggingLines });
    h.ready();
    dial(h);
    expect(action(h)).toBe(true);
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['regular/ended']);
  });

  it('is cancelled by HANGUP while ringing, with no tagging', () => {
    const h = createHarness({ lines: taggingLines });
    h.ready();
    dial(h);
    h.send({ type: 'DIALER.HANGUP' });
    expect(statuses(h.take())).toEqual(['regular/hanging', 'regular/ended']);
  });

  it('ends in mandatory tagging when the customer hangs up on a tagging line', () => {
    const h = createHarness({ lines: taggingLines });
    h.ready();
    h.outgoingConnected();
    h.take();
    h.bus.remoteHangsUp();
    h.bus.flush();
    const events = h.take();
    expect(statuses(events)).toEqual(['regular/hanging', 'regular/mandatoryTagging']);
    expect(payloadsOf(events, 'USER.AVAILABILITY_CHANGED')).toMatchObject([{ status: 'after_call_work' }]);
  });

  it('puts the agent in_call when answered', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    expect(payloadsOf(h.take(), 'USER.AVAILABILITY_CHANGED')).toMatchObject([{ status: 'in_call' }]);
  });
});

describe('an incoming call', () => {
  it('ends when rejected', () => {
    const h = createHarness();
    h.ready();
    h.bus.incomingCall();
    h.send({ type: 'DIALER.REJECT' });
    expect(statuses(h.take())).toEqual(['regular/ended']);
  });

  it('is missed when the caller hangs up first', () => {
    const h = createHarness();
    h.ready();
    h.bus.incomingCall();
    h.bus.remoteHangsUp();
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['regular/ended']);
    expect(h.bus.getSnapshot().incoming).toBeUndefined();
  });

  it('is not offered during another call', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    h.take();
    expect(h.bus.incomingCall()).toBeUndefined();
    h.bus.flush();
    expect(h.take()).toEqual([]);
  });

  it('keeps an unknown type as given, addressed to the line', () => {
    const h = createHarness();
    h.ready();
    const callUuid = h.bus.incomingCall({ type: 'callback', from: CUSTOMER });
    h.bus.flush();
    expect(h.take()).toEqual([
      {
        type: 'DIALER.INCOMING',
        payload: { type: 'callback', callUuid, from: CUSTOMER, to: '+14155550123' },
      },
    ]);
  });

  it('on a manual-recording line starts unrecorded', () => {
    const h = createHarness();
    h.ready();
    h.bus.incomingCall({ lineId: 48212 });
    h.send({ type: 'DIALER.ACCEPT' });
    expect(syncs(h)).toMatchObject([
      { line: { id: 48212 }, canControlRecording: true, recordingState: 'idle' },
    ]);
  });
});

describe('a warm transfer', () => {
  const transferring = () => {
    const h = createHarness();
    h.ready();
    h.incomingConnected();
    h.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } });
    h.take();
    return h;
  };

  it('returns to the customer when the transferee declines', () => {
    const h = transferring();
    expect(h.bus.transfereeDeclines()).toBe(true);
    h.bus.flush();
    const events = h.take();
    expect(statuses(events)).toEqual(['warmTransfer/hanging', 'regular/connected']);
    const [metadata] = payloadsOf<{ metadata: CallMetadata }>(events, 'DIALER.SYNC').map((p) => p.metadata);
    expect(metadata?.activeParticipant).toMatchObject({ external: { phoneNumber: CUSTOMER }, isHeld: false });
    expect(metadata).not.toHaveProperty('inactiveParticipant');
  });

  it('cannot be answered twice', () => {
    const h = transferring();
    expect(h.bus.transfereeAnswers()).toBe(true);
    expect(h.bus.transfereeAnswers()).toBe(false);
    expect(h.bus.log.at(-1)).toMatchObject({ kind: 'refused' });
  });

  it('ends the agent part when the agent hangs up', () => {
    const h = transferring();
    h.bus.transfereeAnswers();
    h.send({ type: 'DIALER.HANGUP' });
    expect(statuses(h.take())).toEqual(['warmTransfer/connected', 'warmTransfer/hanging', 'regular/ended']);
  });
});

describe('a concurrent call', () => {
  const concurrent = () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    h.send({ type: 'DIALER.START_CONCURRENT_CALL', payload: { to: '+33176360695' } });
    h.take();
    return h;
  };

  it('returns to regular when the second callee does not answer', () => {
    const h = concurrent();
    h.bus.remoteNoAnswer();
    h.bus.flush();
    expect(statuses(h.take())).toEqual(['concurrent/hanging', 'regular/connected']);
  });

  it('keeps the second callee when the held first one leaves', () => {
    const h = concurrent();
    h.bus.remoteAnswers();
    h.bus.flush();
    const held = h.bus.getSnapshot().call?.metadata.inactiveParticipant?.legId;
    h.take();
    h.bus.remoteHangsUp(held);
    h.bus.flush();
    expect(syncs(h).at(-1)?.activeParticipant).toMatchObject({ external: { phoneNumber: '+33176360695' } });
  });

  it('hangs up on the active callee only when the agent hangs up', () => {
    const h = concurrent();
    h.bus.remoteAnswers();
    h.bus.flush();
    h.take();
    h.send({ type: 'DIALER.HANGUP' });
    const events = h.take();
    expect(statuses(events)).toEqual(['concurrent/hanging', 'regular/connected']);
    expect(
      payloadsOf<{ metadata: CallMetadata }>(events, 'DIALER.SYNC')[0]?.metadata.activeParticipant,
    ).toMatchObject({
      external: { phoneNumber: CUSTOMER },
    });
  });
});

describe('coaching', () => {
  it('a coachee sees no coach without a call', () => {
    const h = createHarness();
    h.ready();
    expect(h.bus.coachJoins()).toBe(false);
    expect(h.bus.coachLeaves()).toBe(false);
  });

  it('the coach goes back to available after hanging up', () => {
    const h = createHarness({ wrapUpSeconds: 30 });
    h.ready();
    const callUuid = h.bus.settings.coachableCalls[0]?.callUuid ?? '';
    h.send({ type: 'DIALER.JOIN_COACHING', payload: { callUuid, incognito: false } });
    h.send({ type: 'DIALER.HANGUP' });
    const changes = payloadsOf(h.take(), 'USER.AVAILABILITY_CHANGED').map((p) => p.status);
    expect(changes).toEqual(['in_call', 'available']);
  });
});

describe('the far side', () => {
  it('changes a teammate availability, and refuses an unknown teammate', () => {
    const h = createHarness();
    h.ready();
    expect(h.bus.setTeammateAvailability(1, 'available')).toBe(false);
    expect(h.bus.setTeammateAvailability(654321, 'do_not_disturb')).toBe(true);
    h.bus.flush();
    expect(payloadsOf(h.take(), 'USER.TEAMMATE_AVAILABILITY_CHANGED')).toMatchObject([
      { userId: 654321, status: 'do_not_disturb' },
    ]);
  });

  it('replaces the lines, and a dial follows them', () => {
    const h = createHarness();
    h.ready();
    const line = {
      id: 9,
      name: 'FR',
      number: '+33 1 76 36 06 95',
      normalized: '+33176360695',
      country_iso: 'FR',
    };
    h.bus.setLines([line]);
    h.bus.flush();
    expect(h.take()).toEqual([{ type: 'USER.LINES_CHANGED', payload: { lines: [line] } }]);
    h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: CUSTOMER } });
    expect(h.take()).toEqual([]);
    h.send({ type: 'DIALER.DIAL', payload: { from: '+33176360695', to: CUSTOMER } });
    expect(h.take()[0]?.type).toBe('DIALER.DIALING');
  });
});
