import { type SendResult, selectWarmTransfer, type WarmTransferState } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/**
 * A warm transfer as the initiating agent sees it (`WarmTransferState` of `@dialer-kit/core`: whether it
 * runs, its parties and whom to name, what may be done, what is pending, the last failure), with its verbs.
 */
export interface WarmTransferView extends WarmTransferState {
  readonly start: (to: string) => SendResult;
  readonly swap: () => SendResult;
  readonly merge: () => SendResult;
}

/**
 * State and verbs of a warm transfer (start, swap, merge) for the initiating agent. `parties` says whom to
 * name: the transferee being called (`parties.ringing`) or talked with, and who is on hold.
 */
export function useWarmTransfer(): WarmTransferView {
  const store = useDialerStore('useWarmTransfer');
  const slice = useDialerSelector(selectWarmTransfer, { equality: 'shallow', hookName: 'useWarmTransfer' });
  const start = useCallback((to: string) => store.actions.startWarmTransfer(to), [store]);
  const swap = useCallback(() => store.actions.swap(), [store]);
  const merge = useCallback(() => store.actions.merge(), [store]);
  return useMemo(() => ({ ...slice, start, swap, merge }), [slice, start, swap, merge]);
}
