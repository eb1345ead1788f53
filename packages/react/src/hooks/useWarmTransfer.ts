import { type Result, selectWarmTransfer, type WarmTransferState } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/**
 * A warm transfer as the initiating agent sees it (`WarmTransferState` of `@dialer-kit/core`: whether it
 * runs, its parties and whom to name, what may be done, what is pending, the last failure), with its verbs.
 */
export interface WarmTransferView extends WarmTransferState {
  /** Starts a warm transfer to `to` (`DIALER.START_WARM_TRANSFER`), guarded by `startWarmTransferControl`. */
  readonly startWarmTransfer: (to: string) => Result;
  /** Talks with the other party and holds this one (`DIALER.SWAP_PARTICIPANT`), guarded by `swapControl`. */
  readonly swap: () => Result;
  /** Joins the three parties and leaves the call (`DIALER.MERGE_WARM_TRANSFER`), guarded by `mergeControl`. */
  readonly merge: () => Result;
}

/**
 * State and verbs of a warm transfer (`startWarmTransfer`, `swap`, `merge`, each with its control) for the
 * initiating agent. `parties` says whom to name: the transferee being called (`parties.ringing`) or talked
 * with, and who is on hold.
 */
export function useWarmTransfer(): WarmTransferView {
  const store = useDialerStore('useWarmTransfer');
  const slice = useDialerSelector(selectWarmTransfer, { equality: 'shallow', hookName: 'useWarmTransfer' });
  const startWarmTransfer = useCallback((to: string) => store.actions.startWarmTransfer(to), [store]);
  const swap = useCallback(() => store.actions.swap(), [store]);
  const merge = useCallback(() => store.actions.merge(), [store]);
  return useMemo(
    () => ({ ...slice, startWarmTransfer, swap, merge }),
    [slice, startWarmTransfer, swap, merge],
  );
}
