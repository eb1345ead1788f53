import { isLiveCall } from '../controls/callPredicates';
import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { Participant } from '../protocol/entities';
import type { CallStatus } from '../protocol/enums';
import { partyFromSync } from '../reducer/participants';
import type { CallParty } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';
import { failureInFlow } from './failureInFlow';

/** The agent's part in coaching: none, the coach (a supervisor listening in), or the one coached. */
export type CoachingRole = 'none' | 'coach' | 'coached';

/** Coaching as the agent sees it, from either side (PROTOCOL.md section 4 "Coaching" and section 5). */
export interface CoachingState {
  /**
   * `coach` from the JOIN sent until the coaching flow is left; `coached` while the agent's own live call
   * has a coach on it (SYNC `coachParticipant`, absent once the coach leaves).
   */
  readonly role: CoachingRole;
  readonly status: CallStatus;
  /** Coach: the JOIN is on its way (sent, `startingCoaching` or `joining`). */
  readonly joining: boolean;
  /** Coach: the teammate being coached (SYNC `coacheeParticipant`). */
  readonly coachee: CallParty | undefined;
  /** Coach: the other party of the coached call. */
  readonly customer: CallParty | undefined;
  /** Coached: the supervisor listening in. */
  readonly coach: CallParty | undefined;
  /** Joining a teammate's call as a coach (`joinCoaching`, from idle only). */
  readonly joinCoachingControl: ControlState;
  /** The last failed join, for a notice. */
  readonly failure: FailedOperation | undefined;
}

const COACHING_OPERATIONS: readonly Operation[] = ['joinCoaching'];
const JOINING: ReadonlySet<CallStatus> = new Set<CallStatus>(['startingCoaching', 'joining']);

// One party object per SYNC participant (the store keeps unchanged metadata), so selections stay equal.
const parties = new WeakMap<Participant, CallParty>();
function partyOf(participant: Participant | undefined): CallParty | undefined {
  if (participant === undefined) return undefined;
  let party = parties.get(participant);
  if (party === undefined) {
    party = partyFromSync(participant);
    if (party !== undefined) parties.set(participant, party);
  }
  return party;
}

/**
 * The coaching view of `state`. Pure; the result is a new object of stable parts, meant for a shallow
 * comparison. Which calls the agent may coach, and whether they may coach at all (the bus allows admins
 * only), is the host app's knowledge: the bus state has neither.
 * @example selectCoaching(store.getState()).role === 'coached' // "a supervisor is listening"
 */
export function selectCoaching(state: DialerState): CoachingState {
  const { call } = state;
  const controls = getControls(state);
  const coaching =
    call.flow === 'coaching' || call.status === 'startingCoaching' || controls.joinCoaching.pending;
  const coach = call.metadata?.coachParticipant;
  const coached = !coaching && isLiveCall(call) && coach !== undefined && coach.state !== 'ended';
  return {
    role: coaching ? 'coach' : coached ? 'coached' : 'none',
    status: call.status,
    joining: coaching && (controls.joinCoaching.pending || JOINING.has(call.status)),
    coachee: coaching ? partyOf(call.metadata?.coacheeParticipant) : undefined,
    customer: coaching ? call.activeParticipant : undefined,
    coach: coached ? partyOf(coach) : undefined,
    joinCoachingControl: controls.joinCoaching,
    failure: failureInFlow(state, COACHING_OPERATIONS),
  };
}
