import { describe, expect, it } from 'vitest';
import type { CallMetadata } from '../protocol/entities';
import type { AvailabilityStatus } from '../protocol/enums';
import type { AgentAvailability } from '../state/AgentAvailability';
import type { CallState } from '../state/CallState';
import { createInitialState, INITIAL_CALL } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { NO_TEAMMATES, withTeammates } from '../state/teammates';
import {
  searchTeammates,
  selectTeammateAction,
  selectTeammates,
  type TeammateEntry,
  teammateAddress,
} from './teammateDirectory';

const SELF = 42;

const teammatesOf = (records: readonly AgentAvailability[]) => withTeammates(NO_TEAMMATES, records).teammates;

const presence = (userId: number, status: AvailabilityStatus): AgentAvailability => ({
  userId,
  status,
  receivedAt: 1,
});

/** A ready agent (id 42) holding the availability of the given teammates, in `call`. */
function stateWith(
  teammates: readonly AgentAvailability[],
  call: Partial<CallState> = {},
  extra: Partial<DialerState> = {},
): DialerState {
  const initial = createInitialState();
  return {
    ...initial,
    connection: 'ready',
    user: { id: SELF, name: 'Ada Agent' },
    lines: [{ id: 1, normalized: '+14155550123' }],
    availability: {
      self: presence(SELF, 'available'),
      teammates: teammatesOf(teammates),
    },
    call: { ...INITIAL_CALL, ...call },
    ...extra,
  };
}

const named = (userId: number, name: string) => ({
  user: { id: userId, name },
  legId: `leg-${userId}`,
  isHeld: false,
  state: 'answering' as const,
});

describe('selectTeammates', () => {
  it('lists every teammate with its presence, never the agent, unnamed ones by id', () => {
    const state = stateWith([
      presence(900, 'offline'),
      presence(SELF, 'available'),
      presence(7, 'available'),
      presence(300, 'do_not_disturb'),
    ]);
    expect(selectTeammates(state)).toEqual([
      { userId: 7, name: undefined, status: 'available' },
      { userId: 300, name: undefined, status: 'do_not_disturb' },
      { userId: 900, name: undefined, status: 'offline' },
    ]);
  });

  it('keeps a status it does not know as sent (Decision 8)', () => {
    expect(selectTeammates(stateWith([presence(7, 'on_a_spaceship')]))[0]?.status).toBe('on_a_spaceship');
  });

  it('leaves the agent out by the availability it holds while the session user is unknown', () => {
    const state = stateWith([presence(SELF, 'available'), presence(7, 'offline')], {}, { user: undefined });
    expect(selectTeammates(state).map((t) => t.userId)).toEqual([7]);
  });

  it('names teammates the bus named in SYNC, and sorts the named ones first, by name', () => {
    const metadata: CallMetadata = {
      me: named(SELF, 'Ada Agent'),
      activeParticipant: named(300, 'Zoé Support'),
      participants: [
        named(900, 'Bob Sales'),
        { user: { id: 7, name: '  ' }, legId: 'x', isHeld: false, state: 'ringing' },
      ],
    };
    const state = stateWith([presence(7, 'available'), presence(300, 'in_call'), presence(900, 'offline')], {
      metadata,
    });
    expect(selectTeammates(state)).toEqual([
      { userId: 900, name: 'Bob Sales', status: 'offline' },
      { userId: 300, name: 'Zoé Support', status: 'in_call' },
      { userId: 7, name: undefined, status: 'available' },
    ]);
  });

  it("prefers the host's names to the bus's", () => {
    const state = stateWith([presence(300, 'available')], {
      metadata: { activeParticipant: named(300, 'zoe.s') },
    });
    expect(selectTeammates(state, new Map([[300, 'Zoé Support']]))[0]?.name).toBe('Zoé Support');
  });

  it('returns the same array while the entries are unchanged (a SYNC without new names, equal names)', () => {
    const names = new Map([[7, 'Sam']]);
    const state = stateWith([presence(7, 'available')]);
    const first = selectTeammates(state, names);
    expect(selectTeammates({ ...state, pending: undefined }, names)).toBe(first);
    expect(selectTeammates(state, new Map(names))).toBe(first);
    const synced = { ...state, call: { ...state.call, metadata: { callUuid: 'CA01' } } };
    expect(selectTeammates(synced, names)).toBe(first);
    const renamed = selectTeammates(state, new Map([[7, 'Samuel']]));
    expect(renamed).not.toBe(first);
    expect(renamed).toEqual([{ userId: 7, name: 'Samuel', status: 'available' }]);
    const pushed = {
      ...state,
      availability: { ...state.availability, teammates: teammatesOf([presence(7, 'offline')]) },
    };
    expect(selectTeammates(pushed, names)).toEqual([{ userId: 7, name: 'Sam', status: 'offline' }]);
  });
});

describe('searchTeammates', () => {
  const entries: readonly TeammateEntry[] = [
    { userId: 654321, name: 'Sam Teammate', status: 'available' },
    { userId: 777001, name: 'Éloïse Supervisor', status: 'offline' },
    { userId: 5, name: undefined, status: 'available' },
  ];

  it('returns the entries themselves for a blank query', () => {
    expect(searchTeammates(entries, '')).toBe(entries);
    expect(searchTeammates(entries, '   ')).toBe(entries);
  });

  it('matches every word of the query in the name, ignoring case and accents', () => {
    expect(searchTeammates(entries, 'eloise').map((t) => t.userId)).toEqual([777001]);
    expect(searchTeammates(entries, 'TEAM sam').map((t) => t.userId)).toEqual([654321]);
    expect(searchTeammates(entries, 'sam supervisor')).toEqual([]);
  });

  it('matches the id, and the label given for unnamed teammates', () => {
    expect(searchTeammates(entries, '7770').map((t) => t.userId)).toEqual([777001]);
    const label = (t: TeammateEntry) => t.name ?? `Teammate ${t.userId}`;
    expect(searchTeammates(entries, 'teammate', label).map((t) => t.userId)).toEqual([654321, 5]);
    expect(searchTeammates(entries, 'teammate').map((t) => t.userId)).toEqual([654321]);
  });
});

describe('selectTeammateAction', () => {
  it('calls a teammate while there is no call', () => {
    expect(selectTeammateAction(stateWith([]))).toEqual({
      kind: 'call',
      control: { enabled: true, pending: false, reason: undefined },
    });
  });

  it('still calls after a call ended', () => {
    const action = selectTeammateAction(stateWith([], { status: 'ended', flow: 'regular' }));
    expect(action.kind).toBe('call');
    expect(action.control.enabled).toBe(true);
  });

  it('starts a warm transfer during a connected call with a customer', () => {
    const state = stateWith([], {
      status: 'connected',
      flow: 'regular',
      activeParticipant: { source: 'sync', legId: 'l', phoneNumber: '+14155550199', isHeld: false },
    });
    expect(selectTeammateAction(state)).toEqual({
      kind: 'transfer',
      control: { enabled: true, pending: false, reason: undefined },
    });
  });

  it('says why a transfer is not possible: a call with a teammate, a call still ringing, tagging', () => {
    const internal = stateWith([], {
      status: 'connected',
      flow: 'regular',
      activeParticipant: { source: 'sync', legId: 'l', userId: 7, isHeld: false },
    });
    expect(selectTeammateAction(internal).control.reason).toBe('internal-call');
    const ringing = stateWith([], { status: 'ringing', flow: 'regular' });
    expect(selectTeammateAction(ringing)).toMatchObject({
      kind: 'transfer',
      control: { reason: 'not-connected' },
    });
    const tagging = stateWith([], { status: 'mandatoryTagging', flow: 'regular' });
    expect(selectTeammateAction(tagging).control.reason).toBe('mandatory-tagging');
  });

  it('says the dialer is not ready before the connection is', () => {
    const state = stateWith([], {}, { connection: 'needs-login' });
    expect(selectTeammateAction(state)).toMatchObject({ kind: 'call', control: { reason: 'not-ready' } });
  });
});

describe('teammateAddress', () => {
  it('is the client id the bus dials', () => {
    expect(teammateAddress(654321)).toBe('client:654321');
  });
});
