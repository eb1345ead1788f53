import { type ControlName, type ControlState, getControls } from '@dialer-kit/core';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useDialerStore } from '../provider/useDialerStore';

/**
 * One control's state (`enabled`, `pending`, `reason`); re-renders only when that control changes.
 * @example const { enabled, reason } = useControlState('hangUp');
 */
export function useControlState(name: ControlName): ControlState {
  const store = useDialerStore('useControlState');
  return useStore(
    store.api,
    useShallow((state) => getControls(state)[name]),
  );
}
