import type { CallStatus } from '@dialer-kit/core';
import { useDialerSelector } from '../provider/useDialerStore';

/** The call status as the bus last reported it (`'idle'` before any call). */
export function useCallStatus(): CallStatus {
  return useDialerSelector('useCallStatus', (state) => state.call.status);
}
