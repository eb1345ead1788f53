import type { DialerState } from '../state/DialerState';
import { memoSelector } from './memoSelector';
import { selectOfferedCall } from './offeredCall';
import { type CallPhase, callPhase, isCallOver } from './statusGroups';
import { type PartyName, selectTransferParties } from './transferParties';

/** What a summary of the current call says besides its status: its phase and whom it is about. */
export interface CallSummary {
  /** See {@link CallPhase}: which controls the call allows. */
  readonly phase: CallPhase;
  /** A call is offered while none is up (idle or ended): the offer is what the summary is about. */
  readonly aboutOffer: boolean;
  /**
   * A DIAL was sent and the bus has not answered it with a status: the status still says idle (or the
   * last call's end), the call is on its way.
   */
  readonly dialing: boolean;
  /**
   * Whom to name: the offer's caller, the number being dialled (once the bus's DIALING named it), or the
   * call's party; during a warm transfer its transferee, as the transfer names it; `undefined` when there
   * is nobody to name (no call, a second call before a SYNC names its parties).
   */
  readonly party: PartyName | undefined;
}

/** The current call summed up for a call bar; the same object as long as none of its inputs changes. */
export const selectCallSummary: (state: DialerState) => CallSummary = /*#__PURE__*/ memoSelector(
  (state) =>
    [
      state.call.status,
      state.call.flow,
      selectOfferedCall(state),
      state.pending?.type === 'DIALER.DIAL' ? state.call.dialing : undefined,
      state.pending?.type === 'DIALER.DIAL',
      state.call.activeParticipant,
      state.call.inactiveParticipant,
      // The transfer's parties, recomputed only when theirs change.
      state.call.flow === 'warmTransfer' ? selectTransferParties(state).active : undefined,
    ] as const,
  (status, flow, offer, dialed, dialPending, active, inactive, transferee): CallSummary => {
    const phase = callPhase(status, flow);
    const over = isCallOver(status);
    const aboutOffer = offer !== undefined && over;
    const dialing = dialPending && !aboutOffer && over;
    let party: PartyName | undefined;
    if (aboutOffer) party = { kind: 'address', address: offer.from };
    else if (dialing) party = dialed === undefined ? undefined : { kind: 'address', address: dialed.to };
    else if (phase === 'idle') party = undefined;
    else if (transferee !== undefined) party = transferee;
    // A second call names nobody until a SYNC names the held party: the kit does not keep whom it calls.
    else if (flow === 'concurrent' && inactive === undefined) party = undefined;
    else party = { kind: 'party', party: active };
    return { phase, aboutOffer, dialing, party };
  },
);
