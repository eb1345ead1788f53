import type { CallMetadata } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { createHarness, payloadsOf, statuses } from '../test/harness';

const conference = () => {
  const h = createHarness();
  h.ready();
  h.incomingConnected();
  h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+442079460018' } });
  h.bus.remoteAnswers();
  h.bus.flush();
  h.take();
  return h;
};
const syncs = (events: ReturnType<ReturnType<typeof conference>['take']>) =>
  payloadsOf<{ metadata: CallMetadata }>(events, 'DIALER.SYNC').map((p) => p.metadata);

describe('a conference', () => {
  it('sends no status for a later invitation, only SYNCs with its state', () => {
    const h = conference();
    h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+33176360695' } });
    h.bus.remoteAnswers();
    h.bus.flush();
    const events = h.take();
    expect(statuses(events)).toEqual([]);
    expect(syncs(events).map((m) => m.participants?.map((p) => p.state))).toEqual([
      ['answering', 'answering', 'ringing'],
      ['answering', 'answering', 'answering'],
    ]);
  });

  it('stays a conference when a later invitee does not answer', () => {
    const h = conference();
    h.send({ type: 'DIALER.INVITE_PARTICIPANT', payload: { to: '+33176360695' } });
    h.bus.remoteNoAnswer();
    h.bus.flush();
    expect(statuses(h.take())).toEqual([]);
    expect(h.bus.getSnapshot().call).toMatchObject({ flow: 'conference', status: 'initiated' });
  });

  it('goes back to regular when a kick leaves fewer than three parties', () => {
    const h = conference();
    const invitee = h.bus.getSnapshot().call?.metadata.participants?.[1]?.legId ?? '';
    h.send({ type: 'DIALER.KICK_PARTICIPANT', payload: { legId: invitee } });
    const events = h.take();
    expect(syncs(events)[0]?.participants?.[1]).toMatchObject({ legId: invitee, state: 'ended' });
    expect(statuses(events)).toEqual(['regular/connected']);
  });

  it('then SYNCs as a regular call again', () => {
    const h = conference();
    h.bus.remoteHangsUp();
    h.bus.flush();
    h.take();
    const legId = h.activeLegId();
    h.send({ type: 'DIALER.HOLD', payload: { shouldHold: true, legId } });
    const [metadata] = syncs(h.take());
    expect(metadata).not.toHaveProperty('participants');
    expect(metadata?.activeParticipant).toMatchObject({
      external: { phoneNumber: '+14155550199' },
      isHeld: true,
    });
  });
});
