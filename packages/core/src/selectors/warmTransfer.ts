import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { CallStatus } from '../protocol/enums';
import type { CallParty, CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';
import { selectLastFailure } from './lastFailure';
import { TRANSITIONAL_STATUSES } from './statusGroups';
import { selectTransferParties, type TransferParties } from './transferParties';

/** The operations of a warm transfer, whose failures its notice reports. */
export const TRANSFER_OPERATIONS: readonly Operation[] = ['startWarmTransfer', 'swap', 'merge'];
const TRANSFER_FAILURES = { operations: TRANSFER_OPERATIONS };

/** A warm transfer is starting or running: the `warmTransfer` flow, or `startingWarmTransfer`. */
function isTransferActive(call: Pick<CallState, 'status' | 'flow'>): boolean {
  return call.flow === 'warmTransfer' || call.status === 'startingWarmTransfer';
}

/**
 * A start, swap or merge is unsettled: its status (`startingWarmTransfer`, `swapping`, `merging`), its
 * command awaiting its effect, or a swap back at `connected` that no SYNC has shown done or undone yet.
 */
function isTransferPending(state: DialerState): boolean {
  const operation = TRANSITIONAL_STATUSES[state.call.status];
  if (operation !== undefined && TRANSFER_OPERATIONS.includes(operation)) return true;
  if (state.call.swapCheck !== undefined) return true;
  const { startWarmTransfer, swap, merge } = getControls(state);
  return startWarmTransfer.pending || swap.pending || merge.pending;
}

/** What a warm-transfer panel shows: nothing, the offer to start one, or the running transfer. */
export interface WarmTransferPhase {
  /** `none`: no transfer is possible or running; `offer`: a connected regular call; `active`: it runs. */
  readonly phase: 'none' | 'offer' | 'active';
  /** The call status while not `none`. */
  readonly status: CallStatus | undefined;
  /** A start, swap or merge is unsettled (as `WarmTransferState.isPending`). */
  readonly isPending: boolean;
}

const NO_TRANSFER: WarmTransferPhase = { phase: 'none', status: undefined, isPending: false };

/** The transfer panel's phase: the same object whatever the call does while no transfer is possible. */
export function selectWarmTransferPhase(state: DialerState): WarmTransferPhase {
  const { call } = state;
  const active = isTransferActive(call);
  if (!active && !(call.flow === 'regular' && call.status === 'connected')) return NO_TRANSFER;
  return {
    phase: active ? 'active' : 'offer',
    status: call.status,
    isPending: isTransferPending(state),
  };
}

/** A warm transfer as the initiating agent sees it. */
export interface WarmTransferState {
  /** Starting, ringing, connected, swapping or merging a warm transfer. */
  readonly isActive: boolean;
  /** The call status (meaningful for the transfer while `isActive`). */
  readonly status: CallStatus;
  /** Who the agent talks with (from SYNC; before it, the call's own party). */
  readonly activeParticipant: CallParty | undefined;
  /** Who is on hold. */
  readonly inactiveParticipant: CallParty | undefined;
  /** Where the transfer goes (the `to` it was started with, however started) while it starts and runs. */
  readonly transferTo: string | undefined;
  /** Whom to name while `isActive`: the transferee being called or talked with, and who is on hold. */
  readonly parties: TransferParties;
  /** Starting a warm transfer (`startWarmTransfer`), and why not. */
  readonly startWarmTransferControl: ControlState;
  /** Swapping the transferee and the party on hold (`swap`). */
  readonly swapControl: ControlState;
  /** Merging the three parties and leaving the call (`merge`). */
  readonly mergeControl: ControlState;
  /** A start, swap or merge was sent and its effect has not arrived (a swap: until a SYNC shows it). */
  readonly isPending: boolean;
  /** The last failed start, swap or merge (a revert, a timeout), for a notice. */
  readonly failure: FailedOperation | undefined;
}

/** The warm transfer's state, a new object for each state: compare it shallowly. */
export function selectWarmTransfer(state: DialerState): WarmTransferState {
  const { call } = state;
  const controls = getControls(state);
  return {
    isActive: isTransferActive(call),
    status: call.status,
    activeParticipant: call.activeParticipant,
    inactiveParticipant: call.inactiveParticipant,
    transferTo: call.transferTo,
    parties: selectTransferParties(state),
    startWarmTransferControl: controls.startWarmTransfer,
    swapControl: controls.swap,
    mergeControl: controls.merge,
    isPending: isTransferPending(state),
    failure: selectLastFailure(state, TRANSFER_FAILURES),
  };
}
