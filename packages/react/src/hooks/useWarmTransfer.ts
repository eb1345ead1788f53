import {
  type CallParty,
  type CallStatus,
  type FailedOperation,
  getControls,
  type Operation,
  type SendResult,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerSlice, useDialerStore } from '../provider/useDialerStore';

/** A warm transfer as the initiating agent sees it, with its verbs. */
export interface WarmTransferView {
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
  readonly canStart: boolean;
  readonly canSwap: boolean;
  readonly canMerge: boolean;
  /** A start, swap or merge was sent and its effect has not arrived. */
  readonly isPending: boolean;
  /** The last failed start, swap or merge (a revert, a timeout), for a notice. */
  readonly lastError: FailedOperation | undefined;
  readonly start: (to: string) => SendResult;
  readonly swap: () => SendResult;
  readonly merge: () => SendResult;
}

/** The operations of a warm transfer, whose failures its notice reports. */
export const TRANSFER_OPERATIONS: readonly Operation[] = ['startWarmTransfer', 'swap', 'merge'];
/** Statuses in which a start, swap or merge is settling. */
export const TRANSFER_STATUSES: ReadonlySet<CallStatus> = new Set([
  'startingWarmTransfer',
  'swapping',
  'merging',
]);

/** State and verbs of a warm transfer (start, swap, merge) for the initiating agent. */
export function useWarmTransfer(): WarmTransferView {
  const store = useDialerStore('useWarmTransfer');
  const slice = useDialerSlice('useWarmTransfer', (state) => {
    const { call, lastFailure } = state;
    const controls = getControls(state);
    return {
      isActive: call.flow === 'warmTransfer' || call.status === 'startingWarmTransfer',
      status: call.status,
      activeParticipant: call.activeParticipant,
      inactiveParticipant: call.inactiveParticipant,
      transferTo: call.transferTo,
      canStart: controls.startWarmTransfer.enabled,
      canSwap: controls.swap.enabled,
      canMerge: controls.merge.enabled,
      isPending:
        controls.startWarmTransfer.pending ||
        controls.swap.pending ||
        controls.merge.pending ||
        TRANSFER_STATUSES.has(call.status),
      lastError:
        lastFailure !== undefined && TRANSFER_OPERATIONS.includes(lastFailure.operation)
          ? lastFailure
          : undefined,
    };
  });
  const start = useCallback((to: string) => store.actions.startWarmTransfer(to), [store]);
  const swap = useCallback(() => store.actions.swap(), [store]);
  const merge = useCallback(() => store.actions.merge(), [store]);
  return useMemo(() => ({ ...slice, start, swap, merge }), [slice, start, swap, merge]);
}
