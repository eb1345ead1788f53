import type { CallStatus } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useDialerStore } from '../provider/useDialerStore';

/** The call status as the bus last reported it (`'idle'` before any call). */
export function useCallStatus(): CallStatus {
  const store = useDialerStore('useCallStatus');
  return useStore(store.api, (state) => state.call.status);
}
