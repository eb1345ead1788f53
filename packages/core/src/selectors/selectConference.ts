import { getControls } from '../controls/getControls';
import { selectHoldControl } from '../controls/selectHoldControl';
import type { ControlState } from '../controls/types';
import type { Participant } from '../protocol/entities';
import type { CallStatus, ParticipantState } from '../protocol/enums';
import { partyFromSync } from '../reducer/participants';
import type { CallParty } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';
import { failureInFlow } from './failureInFlow';

/** What a conference panel shows: nothing, the offer to invite someone, or the conference. */
export type ConferencePhase = 'hidden' | 'offer' | 'active';

/** One conference participant other than the agent (SYNC `participants`), with what may be done to it. */
export interface ConferenceParticipant extends CallParty {
  readonly legId: string;
  readonly state: ParticipantState;
  /** Holding or resuming this participant (`DIALER.HOLD {legId}`): `selectHoldControl` for its leg. */
  readonly holdControl: ControlState;
  /** Removing this participant (`DIALER.KICK_PARTICIPANT {legId}`). */
  readonly kickControl: ControlState;
}

/** A conference as the agent sees it. */
export interface ConferenceState {
  /** `offer` on a connected regular call; `active` from `startingConference` while in the conference flow. */
  readonly phase: ConferencePhase;
  /** The call status while not hidden. */
  readonly status: CallStatus | undefined;
  /**
   * The participants, in the bus's order, those who left included (`state: 'ended'`). Empty outside the
   * conference flow: SYNC keeps the last list after the call falls back to `regular`. The same array while
   * nothing in it changed.
   */
  readonly participants: readonly ConferenceParticipant[];
  /** A start, an invitation or a removal has not shown its effect yet. */
  readonly pending: boolean;
  /** Inviting someone (starts the conference from a regular call, grows it once started). */
  readonly inviteControl: ControlState;
  /** The last failed invitation (the one that starts the conference included) or removal, for a notice. */
  readonly failure: FailedOperation | undefined;
}

const CONFERENCE_OPERATIONS: readonly Operation[] = ['invite', 'kick'];
const NONE: readonly ConferenceParticipant[] = Object.freeze([]);
const GONE: ControlState = Object.freeze({ enabled: false, pending: false, reason: 'no-participant' });
const BUSY: ControlState = Object.freeze({ enabled: false, pending: true, reason: 'operation-pending' });

interface Memo {
  readonly hold: ControlState;
  readonly kick: ControlState;
  readonly result: readonly ConferenceParticipant[];
}
// Keyed by SYNC's participants array, which the store keeps while its content is unchanged, and the hold
// and kick controls: a participant's hold control depends only on them and its own state. The controls are
// shared objects, so the same inputs give the same array and a selector of it does not re-render.
const memo = new WeakMap<readonly Participant[], Memo>();

function toParticipant(
  state: DialerState,
  participant: Participant,
  kick: ControlState,
): ConferenceParticipant {
  const here = participant.state !== 'ended' && participant.legId !== '';
  return {
    ...partyFromSync(participant),
    source: 'sync',
    legId: participant.legId,
    isHeld: participant.isHeld,
    state: participant.state,
    holdControl: here ? selectHoldControl(state, participant.legId) : GONE,
    kickControl: here ? kick : GONE,
  };
}

function participantsOf(state: DialerState, list: readonly Participant[]) {
  const { hold, kick } = getControls(state);
  const cached = memo.get(list);
  if (cached !== undefined && cached.hold === hold && cached.kick === kick) return cached.result;
  const result = Object.freeze(list.map((participant) => toParticipant(state, participant, kick)));
  memo.set(list, { hold, kick, result });
  return result;
}

/**
 * The conference view of `state` (PROTOCOL.md section 4, "Conference", and section 5 `participants`).
 * Pure; the result is a new object of stable parts, meant for a shallow comparison.
 * @example selectConference(store.getState()).participants.filter((p) => p.state === 'ringing')
 */
export function selectConference(state: DialerState): ConferenceState {
  const { call } = state;
  const { status, flow } = call;
  const inConference = flow === 'conference';
  const active = inConference || status === 'startingConference';
  const shown = active || (flow === 'regular' && status === 'connected');
  const controls = getControls(state);
  const pending =
    shown && (status === 'startingConference' || controls.invite.pending || controls.kick.pending);
  const list = inConference ? call.metadata?.participants : undefined;
  return {
    phase: active ? 'active' : shown ? 'offer' : 'hidden',
    status: shown ? status : undefined,
    participants: list === undefined ? NONE : participantsOf(state, list),
    pending,
    inviteControl: status === 'startingConference' ? BUSY : controls.invite,
    failure: shown ? failureInFlow(state, CONFERENCE_OPERATIONS) : undefined,
  };
}
