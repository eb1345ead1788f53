import type { CallState, DialerState } from '../state/DialerState';
import {
  hasKickableParticipant,
  hasOfferedIncoming,
  isBusyAvailability,
  isCallOver,
  isInternalCall,
  isLiveCall,
} from './callPredicates';
import type { ControlName, ControlReason } from './types';

/** The rule of one control once the shared rules (ready, mandatory tagging, pending) have passed. */
type ControlRule = (state: DialerState) => ControlReason | undefined;

const startsSubFlow = (call: CallState): ControlReason | undefined => {
  if (call.flow === 'coaching') return 'coaching';
  if (call.flow !== 'regular' || call.status !== 'connected') return 'not-connected';
  return isInternalCall(call) ? 'internal-call' : undefined;
};

const accepts = ({ call }: DialerState): ControlReason | undefined =>
  hasOfferedIncoming(call) && (isCallOver(call) || call.status === 'ringing')
    ? undefined
    : 'no-incoming-call';

/**
 * Per-control rules (PROTOCOL.md sections 3 and 4). Each returns why the control is disabled, or
 * `undefined` when it may be used. Keyed by every control, so a new control fails to compile here.
 */
export const CONTROL_RULES: { readonly [K in ControlName]: ControlRule } = {
  dial: ({ call }) => (isCallOver(call) && !hasOfferedIncoming(call) ? undefined : 'call-in-progress'),
  accept: accepts,
  reject: accepts,
  hangUp: ({ call }) => (isCallOver(call) || call.status === 'mandatoryTagging' ? 'no-call' : undefined),
  hold: ({ call }) => {
    if (call.flow === 'coaching') return 'coaching';
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
    if (status !== 'connected' && status !== 'mandatoryTagging' && status !== 'ended') return 'no-call';
    return state.requests['DIALER.SET_TAGS'] === undefined ? undefined : 'request-pending';
  },
  reset: ({ call }) => (call.status === 'ended' ? undefined : 'not-ended'),
  startWarmTransfer: ({ call }) => startsSubFlow(call),
  swap: ({ call }) => {
    if (call.status !== 'connected' || (call.flow !== 'warmTransfer' && call.flow !== 'concurrent')) {
      return 'not-in-transfer';
    }
    return call.swapCheck === undefined ? undefined : 'operation-pending';
  },
  merge: ({ call }) =>
    call.flow === 'warmTransfer' && call.status === 'connected' ? undefined : 'not-in-warm-transfer',
  startConcurrent: ({ call }) => startsSubFlow(call),
  // INVITE also grows a running conference (PROTOCOL.md section 3).
  invite: ({ call }) =>
    call.flow === 'conference' && call.status === 'initiated' ? undefined : startsSubFlow(call),
  kick: ({ call }) => {
    const inConference =
      call.flow === 'conference' && (call.status === 'initiating' || call.status === 'initiated');
    return inConference && hasKickableParticipant(call) ? undefined : 'no-participant';
  },
  joinCoaching: ({ call }) =>
    call.status === 'idle' && !hasOfferedIncoming(call) ? undefined : 'call-in-progress',
  updateAvailability: (state) => {
    if (!isCallOver(state.call) || isBusyAvailability(state)) return 'in-call';
    return state.requests['API.UPDATE_AVAILABILITY'] === undefined ? undefined : 'request-pending';
  },
};
