import type { CallFlow, DialerState } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

const selectFlow = (state: DialerState): CallFlow | undefined => state.call.flow;

/** The call flow (`regular`, `warmTransfer`, ...), `undefined` exactly while idle. */
export function useCallFlow(): CallFlow | undefined {
  return useDialerSelector(selectFlow, { hookName: 'useCallFlow' });
}
