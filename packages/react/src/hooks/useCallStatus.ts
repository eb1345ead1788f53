import type { CallStatus, DialerState } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

const selectStatus = (state: DialerState): CallStatus => state.call.status;

/** The call status as the bus last reported it (`'idle'` before any call). */
export function useCallStatus(): CallStatus {
  return useDialerSelector(selectStatus, { hookName: 'useCallStatus' });
}
