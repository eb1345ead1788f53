import type { Line } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useDialerStore } from '../../provider/useDialerStore';

/** The line of the current call (SYNC `metadata.line`), `undefined` before the first SYNC. */
export function useCallLine(): Line | undefined {
  const store = useDialerStore('useCallLine');
  return useStore(store.api, (state) => state.call.metadata?.line);
}
