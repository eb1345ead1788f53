import {
  type CallRecord,
  type CallSummary,
  type DialerState,
  selectCallRecord,
  selectCallSummary,
} from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

/** What {@link useCallSummary} returns: the call bar's summary and the call's record. */
export interface CallSummaryView extends CallSummary {
  /**
   * The current call's record, or the one that has just ended while its after-call work lasts (see
   * `CallRecord`: direction, parties, line, times, who hung up, tags, recording); `undefined` while idle.
   */
  readonly record: CallRecord | undefined;
}

const selectView = (state: DialerState): CallSummaryView => ({
  ...selectCallSummary(state),
  record: selectCallRecord(state),
});

/**
 * The current call summed up: as the call bar shows it (its phase, whether it is about an offer or a dial
 * the bus has not answered yet, whom to name) and its record for analytics (`record`: time to answer,
 * talk, hold and after-call work times, who hung up, tags), the one `onCallEnded` gets once it ends.
 * @example const { phase, party, record } = useCallSummary();
 */
export function useCallSummary(): CallSummaryView {
  return useDialerSelector(selectView, { equality: 'shallow', hookName: 'useCallSummary' });
}
