import type { FailedOperation } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useDialerStore } from '../provider/useDialerStore';

/** The last operation that failed (revert, timeout or rejection), for a notice; `undefined` if none. */
export function useLastFailure(): FailedOperation | undefined {
  const store = useDialerStore('useLastFailure');
  return useStore(store.api, (state) => state.lastFailure);
}
