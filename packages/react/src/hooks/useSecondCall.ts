import { type SecondCallState, type SendResult, selectSecondCall } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** A second (concurrent) call as the agent sees it, with its verbs. */
export interface SecondCallView extends SecondCallState {
  /** Calls `to` while the current call waits on hold (`DIALER.START_CONCURRENT_CALL`). */
  readonly start: (to: string) => SendResult;
  /** Talks with the one on hold and holds the other (`DIALER.SWAP_PARTICIPANT`). */
  readonly swap: () => SendResult;
}

/**
 * State and verbs of a second call: `phase` (`offer` on a connected call, `active` during it), who the agent
 * talks with (`current`) and who holds (`held`), the start and swap controls, and the last failure.
 * Re-renders only when one of them changes.
 * @example
 * const second = useSecondCall();
 * if (second.phase === 'active') second.swap();
 */
export function useSecondCall(): SecondCallView {
  const { actions } = useDialerStore('useSecondCall');
  const view = useDialerSelector(selectSecondCall, { equality: 'shallow', hookName: 'useSecondCall' });
  const start = useCallback((to: string) => actions.startConcurrent(to), [actions]);
  const swap = useCallback(() => actions.swap(), [actions]);
  return useMemo(() => ({ ...view, start, swap }), [view, start, swap]);
}
