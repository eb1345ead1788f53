import type { CallFlow, CallStatus } from '../protocol/enums';
import type { Operation } from '../state/SessionState';

/**
 * Where a call stands for the agent: no call (`idle`), setting up or winding down with no media
 * (`setup`: only hanging up makes sense), media flowing (`live`: the in-call controls), `tagging` the
 * call before another one, or `ended`. Every status group of the kit is read from this one table.
 */
export type CallPhase = 'idle' | 'setup' | 'live' | 'tagging' | 'ended';

/** The phase of each status; a `ringing` of a second party is `live` (see {@link callPhase}). */
const PHASE_OF: { readonly [S in CallStatus]: CallPhase } = {
  idle: 'idle',
  connecting: 'setup',
  ringing: 'setup',
  accepting: 'setup',
  connected: 'live',
  hanging: 'setup',
  mandatoryTagging: 'tagging',
  ended: 'ended',
  startingWarmTransfer: 'live',
  swapping: 'live',
  merging: 'live',
  startingConcurrent: 'live',
  startingConference: 'live',
  initiating: 'live',
  initiated: 'live',
  startingCoaching: 'setup',
  joining: 'setup',
  joined: 'live',
};

/**
 * The phase of a status in a flow. Ringing the first callee is still setting up; ringing a transferee or
 * a second callee (any flow but `regular`) happens during a live call, the first party on hold.
 * @example callPhase('ringing', 'warmTransfer') === 'live'
 */
export function callPhase(status: CallStatus, flow: CallFlow | undefined): CallPhase {
  if (status === 'ringing' && flow !== undefined && flow !== 'regular') return 'live';
  return PHASE_OF[status];
}

/** No call is under way: `idle`, or `ended` (a new call may start). */
export function isCallOver(status: CallStatus): boolean {
  const phase = PHASE_OF[status];
  return phase === 'idle' || phase === 'ended';
}

/**
 * A call is under way, from its first status to its end: neither `idle`, `ended` nor `mandatoryTagging`
 * (set up, live, or hanging up).
 */
export function isCallUnderWay(status: CallStatus): boolean {
  const phase = PHASE_OF[status];
  return phase === 'setup' || phase === 'live';
}

/** The conversation is over: `mandatoryTagging` or `ended` (the talk time stops there). */
export function isConversationOver(status: CallStatus): boolean {
  const phase = PHASE_OF[status];
  return phase === 'tagging' || phase === 'ended';
}

/** Statuses that start an operation which may revert (Decision 5), with the operation they belong to. */
export const TRANSITIONAL_STATUSES: { readonly [S in CallStatus]?: Operation } = {
  startingWarmTransfer: 'startWarmTransfer',
  startingConcurrent: 'startConcurrent',
  startingConference: 'invite',
  startingCoaching: 'joinCoaching',
  swapping: 'swap',
  merging: 'merge',
};
