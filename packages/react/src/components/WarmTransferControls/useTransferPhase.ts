import type { CallStatus } from '@dialer-kit/core';
import { getControls } from '@dialer-kit/core';
import { TRANSFER_STATUSES } from '../../hooks/useWarmTransfer';
import { useDialerSlice } from '../../provider/useDialerStore';

/** What {@link WarmTransferControls}' frame shows: hidden, the offer form, or a running transfer. */
export interface TransferPhase {
  /** `offer`: "Start transfer" on a connected regular call; `active`: a transfer runs. */
  readonly phase: 'hidden' | 'offer' | 'active';
  /** The call status while shown. */
  readonly status: CallStatus | undefined;
  /** The transferee is being called (starting or ringing): it has not answered yet. */
  readonly ringing: boolean;
  /** A start, swap or merge is unsettled (a swap until the SYNC after it). */
  readonly isPending: boolean;
}

const HIDDEN: TransferPhase = { phase: 'hidden', status: undefined, ringing: false, isPending: false };

/** The transfer's phase, selected narrowly so that call changes while hidden cause no render. */
export function useTransferPhase(): TransferPhase {
  return useDialerSlice('WarmTransferControls', (state): TransferPhase => {
    const { status, flow } = state.call;
    const isActive = flow === 'warmTransfer' || status === 'startingWarmTransfer';
    if (!isActive && !(flow === 'regular' && status === 'connected')) return HIDDEN;
    const controls = getControls(state);
    return {
      phase: isActive ? 'active' : 'offer',
      status,
      ringing: status === 'startingWarmTransfer' || (flow === 'warmTransfer' && status === 'ringing'),
      isPending:
        TRANSFER_STATUSES.has(status) ||
        controls.startWarmTransfer.pending ||
        controls.swap.pending ||
        controls.merge.pending ||
        controls.swap.reason === 'operation-pending',
    };
  });
}
