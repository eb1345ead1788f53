import { type ControlName, type ControlState, getControls } from '@dialer-kit/core';
import { useDialerSlice } from '../provider/useDialerStore';

/**
 * One control's state (`enabled`, `pending`, `reason`); re-renders only when that control changes.
 * @example const { enabled, reason } = useControlState('hangUp');
 */
export function useControlState(name: ControlName): ControlState {
  return useDialerSlice('useControlState', (state) => getControls(state)[name]);
}
