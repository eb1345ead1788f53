import { type Result, type SecondCallState, selectSecondCall } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** A second (concurrent) call as the agent sees it, with its verbs. */
export interface SecondCallView extends SecondCallState {
  /** Calls `to` while the current call waits on hold (`DIALER.START_CONCURRENT_CALL`). */
  readonly startConcurrent: (to: string) => Result;
  /** Talks with the one on hold and holds the other (`DIALER.SWAP_PARTICIPANT`). */
  readonly swap: () => Result;
}

/**
 * State and verbs of a second call: `phase` (`offer` on a connected call, `active` during it), who the agent
 * talks with (`current`) and who holds (`held`), their controls (`startConcurrentControl`, `swapControl`) and
 * the last failure.
 * Re-renders only when one of them changes.
 * @example
 * const second = useSecondCall();
 * if (second.phase === 'active') second.swap();
 */
export function useSecondCall(): SecondCallView {
  const { actions } = useDialerStore('useSecondCall');
  const view = useDialerSelector(selectSecondCall, { equality: 'shallow', hookName: 'useSecondCall' });
  const startConcurrent = useCallback((to: string) => actions.startConcurrent(to), [actions]);
  const swap = useCallback(() => actions.swap(), [actions]);
  return useMemo(() => ({ ...view, startConcurrent, swap }), [view, startConcurrent, swap]);
}
