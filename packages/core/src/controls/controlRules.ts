import type { CallFlow } from '../protocol/enums';
import { selectOfferedCall } from '../selectors/offeredCall';
import { isCallOver, isCallUnderWay, isConversationOver } from '../selectors/statusGroups';
import type { CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import {
  hasHoldableParticipant,
  hasKickableParticipant,
  isBusyAvailability,
  isInConference,
  isInternalCall,
  isLiveCall,
} from './callPredicates';
import { defaultLine } from './defaultLine';
import type { ControlName, ControlReason } from './types';

/** The rule of one control once the shared rules (ready, mandatory tagging, pending) have passed. */
type ControlRule = (state: DialerState) => ControlReason | undefined;

const startsSubFlow = (call: CallState): ControlReason | undefined => {
  if (call.flow === 'coaching') return 'coaching';
  if (call.flow !== 'regular' || call.status !== 'connected') return 'not-connected';
  return isInternalCall(call) ? 'internal-call' : undefined;
};

const accepts = (state: DialerState): ControlReason | undefined => {
  if (selectOfferedCall(state) === undefined) return 'no-incoming-call';
  const { status } = state.call;
  return isCallOver(status) || status === 'ringing' ? undefined : 'call-in-progress';
};

/** Swap and merge belong to a sub-flow: its own status decides before any other flow is named. */
const inSubFlow = (
  call: CallState,
  flows: readonly CallFlow[],
  outside: ControlReason,
): ControlReason | undefined => {
  if (call.flow === undefined || !flows.includes(call.flow)) return outside;
  return call.status === 'connected' ? undefined : 'not-connected';
};

/**
 * Per-control rules (PROTOCOL.md sections 3 and 4). Each returns why the control is disabled, or
 * `undefined` when it may be used. Keyed by every control, so a new control fails to compile here.
 */
export const CONTROL_RULES: { readonly [K in ControlName]: ControlRule } = {
  dial: (state) => {
    if (!isCallOver(state.call.status) || selectOfferedCall(state) !== undefined) return 'call-in-progress';
    return defaultLine(state) === undefined ? 'no-line' : undefined;
  },
  accept: accepts,
  // Turning down an offer is always possible, even during another call or while tagging.
  reject: (state) => (selectOfferedCall(state) === undefined ? 'no-incoming-call' : undefined),
  hangUp: ({ call }) => {
    if (!isCallUnderWay(call.status)) return 'no-call';
    // A transfer or concurrent leg hanging up returns to the call before it: a second HANGUP could end
    // that call too. Elsewhere (regular, conference, coaching: nothing to return to) the pending HANGUP
    // is the guard, and its timeout frees the button if the next status is lost.
    const returnsToCall = call.flow === 'warmTransfer' || call.flow === 'concurrent';
    return call.status === 'hanging' && returnsToCall ? 'operation-pending' : undefined;
  },
  hold: ({ call }) => {
    if (call.flow === 'coaching') return 'coaching';
    // A conference holds its participants one by one, by leg: any who answered (`selectHoldControl`
    // tells which leg may be held, and that there is no one party for the call bar's Hold).
    if (isInConference(call)) return hasHoldableParticipant(call) ? undefined : 'no-participant';
    if (call.status !== 'connected') return 'not-connected';
    return call.activeParticipant?.legId === undefined ? 'no-participant' : undefined;
  },
  mute: ({ call }) => (isLiveCall(call) ? undefined : 'not-connected'),
  record: ({ call }) => {
    if (call.flow === 'coaching') return 'coaching';
    if (call.status !== 'connected') return 'not-connected';
    return call.metadata?.canControlRecording === true ? undefined : 'recording-not-allowed';
  },
  setTags: (state) => {
    const { status } = state.call;
    // A call to tag: connected, or its conversation over (tagging or ended).
    if (status !== 'connected' && !isConversationOver(status)) return 'no-call';
    // Only one SET_TAGS at a time; a second one after a confirmation is harmless (DECISIONS.md).
    return state.requests['DIALER.SET_TAGS'] === undefined ? undefined : 'request-pending';
  },
  reset: ({ call }) => (call.status === 'ended' ? undefined : 'not-ended'),
  startWarmTransfer: ({ call }) => startsSubFlow(call),
  swap: ({ call }) =>
    inSubFlow(call, ['warmTransfer', 'concurrent'], 'not-in-transfer') ??
    (call.swapCheck === undefined ? undefined : 'operation-pending'),
  merge: ({ call }) => inSubFlow(call, ['warmTransfer'], 'not-in-warm-transfer'),
  startConcurrent: ({ call }) => startsSubFlow(call),
  // INVITE also grows a running conference (PROTOCOL.md section 3).
  invite: ({ call }) =>
    call.flow === 'conference' && call.status === 'initiated' ? undefined : startsSubFlow(call),
  kick: ({ call }) => (isInConference(call) && hasKickableParticipant(call) ? undefined : 'no-participant'),
  joinCoaching: (state) =>
    state.call.status === 'idle' && selectOfferedCall(state) === undefined ? undefined : 'call-in-progress',
  updateAvailability: (state) => {
    if (!isCallOver(state.call.status) || isBusyAvailability(state)) return 'in-call';
    return state.requests['API.UPDATE_AVAILABILITY'] === undefined ? undefined : 'request-pending';
  },
  // Any call's tags, whatever the current call is doing: one update at a time (its answer names no call).
  updateCallTags: (state) =>
    state.requests['API.UPDATE_CALL_TAGS'] === undefined ? undefined : 'request-pending',
};
