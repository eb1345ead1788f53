import type { CallFlow } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useDialerStore } from '../provider/useDialerStore';

/** The call flow (`regular`, `warmTransfer`, ...), `undefined` exactly while idle. */
export function useCallFlow(): CallFlow | undefined {
  const store = useDialerStore('useCallFlow');
  return useStore(store.api, (state) => state.call.flow);
}
