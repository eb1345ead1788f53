import { type ControlName, type ControlState, getControls } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

/**
 * One control's state (`enabled`, `pending`, `reason`); re-renders only when that control changes.
 * @example const { enabled, reason } = useControlState('hangUp');
 */
export function useControlState(name: ControlName): ControlState {
  return useDialerSelector((state) => getControls(state)[name], {
    equality: 'shallow',
    hookName: 'useControlState',
  });
}
