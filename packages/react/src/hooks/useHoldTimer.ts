import { type DialerState, selectCallIndicators } from '@dialer-kit/core';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';
import { useSecondClock } from './useSecondClock';

/** How long the party the agent talks with has been on hold. */
export interface HoldTimerView {
  /** Time on hold so far, 0 while not held. */
  readonly heldMs: number;
  /** On hold: the value re-renders once a second. */
  readonly held: boolean;
}

const selectHeldSince = (state: DialerState): number | undefined => selectCallIndicators(state).heldSince;

/**
 * Time on hold, from the arrival of the SYNC that showed the hold on the store's monotonic clock
 * (Decision 9); ticks once a second only while held.
 * @example const { held, heldMs } = useHoldTimer();
 */
export function useHoldTimer(): HoldTimerView {
  const store = useDialerStore('useHoldTimer');
  const heldSince = useDialerSelector(selectHeldSince, { hookName: 'useHoldTimer' });
  const now = useSecondClock(heldSince, heldSince !== undefined, store.now);
  if (heldSince === undefined) return { heldMs: 0, held: false };
  return { heldMs: Math.max(0, now - heldSince), held: true };
}
