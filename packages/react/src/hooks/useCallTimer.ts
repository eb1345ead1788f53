import type { DialerState } from '@dialer-kit/core';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';
import { useSecondClock } from './useSecondClock';

/** Elapsed talk time of the current call. */
export interface CallTimerView {
  /** From the first `connected` to now, or to the end of the call; 0 before `connected`. */
  readonly elapsedMs: number;
  /** Connected and not yet ended: the value re-renders once a second. */
  readonly running: boolean;
}

const selectTalkSpan = ({ call }: DialerState) => ({ connectedAt: call.connectedAt, endedAt: call.endedAt });

/**
 * The call's talk time from arrival timestamps on the store's monotonic clock (Decision 9); ticks once a
 * second only while running.
 */
export function useCallTimer(): CallTimerView {
  const store = useDialerStore('useCallTimer');
  const { connectedAt, endedAt } = useDialerSelector(selectTalkSpan, {
    equality: 'shallow',
    hookName: 'useCallTimer',
  });
  const running = connectedAt !== undefined && endedAt === undefined;
  const now = useSecondClock(connectedAt, running, store.now);
  if (connectedAt === undefined) return { elapsedMs: 0, running: false };
  return { elapsedMs: Math.max(0, (endedAt ?? now) - connectedAt), running };
}
