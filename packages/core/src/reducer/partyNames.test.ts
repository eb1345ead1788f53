import { describe, expect, it } from 'vitest';
import type { Participant } from '../protocol/entities';
import { selectAfterCallSummary } from '../selectors/afterCall';
import { after, ev, legs } from './testing';

const customer: Participant = {
  external: { phoneNumber: '+14155550199', name: 'Ada Lovelace' },
  legId: 'CA-1',
  isHeld: false,
  state: 'answering',
};
const teammate: Participant = {
  user: { id: 654321, name: 'Sam Teammate' },
  legId: 'CA-2',
  isHeld: true,
  state: 'answering',
};

describe('names the bus sends', () => {
  it('are kept on the parties of a dialled call once SYNC names them', () => {
    const state = after([
      ev.dialing('+14155550199'),
      ev.status('connecting', 'regular'),
      ev.sync(legs(customer, teammate)),
    ]);
    expect(state.call.activeParticipant).toMatchObject({ phoneNumber: '+14155550199', name: 'Ada Lovelace' });
    expect(state.call.inactiveParticipant).toMatchObject({ userId: 654321, name: 'Sam Teammate' });
  });

  it('are kept for an incoming call, through its end, in its after-call summary', () => {
    const state = after([
      ev.incoming(),
      ev.status('accepting', 'regular'),
      ev.status('connected', 'regular'),
      ev.sync({ ...legs(customer), direction: 'incoming' }),
      ev.status('hanging', 'regular'),
      ev.status('ended', 'regular'),
    ]);
    expect(selectAfterCallSummary(state)?.party).toMatchObject({ name: 'Ada Lovelace' });
  });

  it('are absent before a SYNC: DIALING and INCOMING carry addresses only', () => {
    expect(after([ev.dialing('client:654321')]).call.activeParticipant).not.toHaveProperty('name');
    expect(after([ev.incoming()]).call.activeParticipant).not.toHaveProperty('name');
  });
});
