import { describe, expect, it } from 'vitest';
import { getControls } from '../controls/getControls';
import type { Participant } from '../protocol/entities';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { selectConference } from './selectConference';

const READY: DialerState = {
  ...createInitialState(),
  connection: 'ready',
  lines: [{ id: 1, number: '+1 415-555-0123', normalized: '+14155550123' }],
};
const customer = participant('leg-c', CUSTOMER);
const teammate = (state: Participant['state']): Participant => ({ ...participant('leg-t', 7), state });
const conference = (...participants: Participant[]) =>
  ev.sync({ callUuid: 'CA01', direction: 'outgoing', participants });

const connected = [ev.status('connected', 'regular'), ev.sync(legs(customer))];
const starting = [...connected, ev.sent('DIALER.INVITE_PARTICIPANT', { to: 'client:7' })];
const initiating = [
  ...starting,
  ev.status('startingConference', 'regular'),
  ev.status('initiating', 'conference'),
  conference(customer, teammate('ringing')),
];
const initiated = [
  ...initiating,
  ev.status('initiated', 'conference'),
  conference(customer, teammate('answering')),
];
const view = (events: Parameters<typeof after>[0]) => selectConference(after(events, READY));

describe('selectConference', () => {
  it('is hidden without a connected call', () => {
    expect(selectConference(READY)).toMatchObject({ phase: 'hidden', participants: [], pending: false });
    expect(view([...connected, ev.status('hanging', 'regular')]).phase).toBe('hidden');
  });

  it('offers an invitation on a connected regular call', () => {
    expect(view(connected)).toMatchObject({
      phase: 'offer',
      status: 'connected',
      participants: [],
      inviteControl: { enabled: true },
      pending: false,
    });
  });

  it('is pending from the invitation until the conference shows, the invitation busy', () => {
    expect(view(starting)).toMatchObject({ phase: 'offer', pending: true, inviteControl: { pending: true } });
    expect(view([...starting, ev.status('startingConference', 'regular')])).toMatchObject({
      phase: 'active',
      pending: true,
      participants: [],
      inviteControl: { enabled: false, pending: true, reason: 'operation-pending' },
    });
  });

  it('lists the participants with their state while the invitee rings', () => {
    const state = view(initiating);
    expect(state).toMatchObject({ phase: 'active', status: 'initiating', pending: false });
    expect(state.participants).toMatchObject([
      { legId: 'leg-c', phoneNumber: CUSTOMER, state: 'answering', isHeld: false },
      { legId: 'leg-t', userId: 7, state: 'ringing', isHeld: false },
    ]);
    expect(state.participants.map((p) => p.kickControl.enabled)).toEqual([true, true]);
    // Inviting again waits for the conference to start.
    expect(state.inviteControl).toMatchObject({ enabled: false, reason: 'not-connected' });
  });

  it('gives each participant still there the kit’s hold and kick controls: each may be held', () => {
    const state = after(initiated, READY);
    const controls = getControls(state);
    for (const p of selectConference(state).participants) {
      expect(p.holdControl).toBe(controls.hold);
      expect(p.holdControl.enabled).toBe(true);
      expect(p.kickControl).toBe(controls.kick);
    }
    expect(selectConference(state).inviteControl.enabled).toBe(true);
  });

  it('lets the agent hold the customer while the invitee rings, not the invitee', () => {
    const [customerRow, inviteeRow] = view(initiating).participants;
    expect(customerRow?.holdControl).toMatchObject({ enabled: true });
    expect(inviteeRow?.holdControl).toEqual({ enabled: false, pending: false, reason: 'not-connected' });
  });

  it('offers nothing to do with a participant who left', () => {
    const state = view([
      ...initiated,
      conference(customer, teammate('answering'), { ...customer, legId: 'leg-x', state: 'ended' }),
    ]);
    const left = state.participants[2];
    expect(left).toMatchObject({ legId: 'leg-x', state: 'ended' });
    expect(left?.holdControl).toEqual({ enabled: false, pending: false, reason: 'no-participant' });
    expect(left?.kickControl).toEqual({ enabled: false, pending: false, reason: 'no-participant' });
  });

  it('is pending while a removal waits for its SYNC', () => {
    const state = view([...initiated, ev.sent('DIALER.KICK_PARTICIPANT', { legId: 'leg-t' })]);
    expect(state.pending).toBe(true);
    expect(state.participants[1]?.kickControl).toMatchObject({ enabled: false, reason: 'operation-pending' });
  });

  it('keeps the same participants array while nothing it shows changed', () => {
    const before = after(initiated, READY);
    const teammateAway = {
      type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      payload: { userId: 7, status: 'do_not_disturb', updatedAt: 5 },
    } as const;
    const later = after([teammateAway, conference(customer, teammate('answering'))], before);
    expect(later).not.toBe(before);
    expect(selectConference(later).participants).toBe(selectConference(before).participants);
    const changed = after([conference(customer, teammate('ended'))], before);
    expect(selectConference(changed).participants).not.toBe(selectConference(before).participants);
  });

  it('lists nobody once the call is back in regular, though SYNC still has the last list', () => {
    const state = after(
      [...initiated, conference(customer, teammate('ended')), ev.status('connected', 'regular')],
      READY,
    );
    expect(state.call.metadata?.participants).toHaveLength(2);
    expect(selectConference(state)).toMatchObject({ phase: 'offer', participants: [] });
  });

  it('reports a conference that was not answered', () => {
    const state = view([...initiating, ev.status('connected', 'regular')]);
    expect(state).toMatchObject({
      phase: 'offer',
      failure: { operation: 'invite', reason: 'reverted' },
    });
  });
});
