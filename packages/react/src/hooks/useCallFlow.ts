import type { CallFlow } from '@dialer-kit/core';
import { useDialerSelector } from '../provider/useDialerStore';

/** The call flow (`regular`, `warmTransfer`, ...), `undefined` exactly while idle. */
export function useCallFlow(): CallFlow | undefined {
  return useDialerSelector('useCallFlow', (state) => state.call.flow);
}
