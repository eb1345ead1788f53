import { type CallSummary, selectCallSummary } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

/**
 * The current call summed up, as the call bar shows it: its phase (which controls it allows: none,
 * hang-up only, the in-call set, Done), whether it is about an offer or a dial the bus has not answered
 * yet, and whom to name (`party`: a call party, or an address such as a transfer's target).
 * @example const { phase, party } = useCallSummary();
 */
export function useCallSummary(): CallSummary {
  return useDialerSelector(selectCallSummary, { hookName: 'useCallSummary' });
}
