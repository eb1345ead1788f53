import type { CallMetadata } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { createHarness, payloadsOf, statuses, TAGGED_LINE } from '../test/harness';

const inCall = () => {
  const h = createHarness();
  h.ready();
  h.outgoingConnected();
  h.take();
  return h;
};
const lastSync = (h: ReturnType<typeof inCall>) =>
  payloadsOf<{ metadata: CallMetadata }>(h.take(), 'DIALER.SYNC').at(-1)?.metadata;

describe('hold', () => {
  it('holds and releases the named participant, shown in SYNC', () => {
    const h = inCall();
    const legId = h.activeLegId();
    h.send({ type: 'DIALER.HOLD', payload: { shouldHold: true, legId } });
    expect(lastSync(h)?.activeParticipant).toMatchObject({ legId, isHeld: true });
    h.send({ type: 'DIALER.HOLD', payload: { shouldHold: false, legId } });
    expect(lastSync(h)?.activeParticipant).toMatchObject({ legId, isHeld: false });
  });
});

describe('mute', () => {
  it('emits nothing (the bus reports no mute) and shows in the snapshot', () => {
    const h = inCall();
    h.send({ type: 'DIALER.MUTE', payload: { shouldMute: true } });
    expect(h.take()).toEqual([]);
    expect(h.bus.getSnapshot().call?.muted).toBe(true);
  });

  it('mutes the coach on a call they joined (the kit offers Mute while coaching)', () => {
    const h = createHarness();
    h.ready();
    const callUuid = h.bus.settings.coachableCalls[0]?.callUuid ?? '';
    h.send({ type: 'DIALER.JOIN_COACHING', payload: { callUuid, incognito: true } });
    expect(statuses(h.take()).at(-1)).toBe('coaching/joined');
    h.send({ type: 'DIALER.MUTE', payload: { shouldMute: true } });
    expect(h.take()).toEqual([]);
    expect(h.bus.getSnapshot().call?.muted).toBe(true);
  });
});

describe('recording', () => {
  it('pauses and resumes through SET_RECORDING', () => {
    const h = inCall();
    h.send({ type: 'DIALER.SET_RECORDING', payload: { shouldRecord: false } });
    expect(lastSync(h)?.recordingState).toBe('paused');
    h.send({ type: 'DIALER.SET_RECORDING', payload: { shouldRecord: true } });
    expect(lastSync(h)?.recordingState).toBe('recording');
  });

  it('is not controllable on a call between teammates', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected('client:654321');
    expect(lastSync(h)).toMatchObject({ canControlRecording: false, recordingState: 'idle' });
  });
});

describe('tags', () => {
  it('answers SET_TAGS with the catalogue entries, and the call then needs no tagging', () => {
    const h = createHarness({
      lines: [TAGGED_LINE],
    });
    h.ready();
    h.outgoingConnected();
    h.take();
    h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [102, 101] } });
    expect(payloadsOf(h.take(), 'DIALER.SET_TAGS_FULFILLED')).toEqual([
      [
        { id: 102, name: 'Follow-up' },
        { id: 101, name: 'Qualified lead' },
      ],
    ]);
    h.send({ type: 'DIALER.HANGUP' });
    expect(statuses(h.take())).toEqual(['regular/hanging', 'regular/ended']);
  });

  it('names the unknown tag when rejecting', () => {
    const h = inCall();
    h.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101, 4242] } });
    expect(h.take()).toEqual([
      { type: 'DIALER.SET_TAGS_REJECTED', payload: { error: { message: 'Tag 4242 not found' } } },
    ]);
  });
});
