import type { Line } from '@dialer-kit/core';
import { useDialerSelector } from '../../provider/useDialerStore';

/** The line of the current call (SYNC `metadata.line`), `undefined` before the first SYNC. */
export function useCallLine(): Line | undefined {
  return useDialerSelector('useCallLine', (state) => state.call.metadata?.line);
}
