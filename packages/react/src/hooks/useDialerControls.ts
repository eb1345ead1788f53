import { type Controls, getControls } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

/**
 * Every control's state (`enabled`, `pending`, `reason`); re-renders only when one of them changes.
 * Prefer {@link useControlState} for a single control.
 */
export function useDialerControls(): Controls {
  // A control whose state did not change keeps its object (`getControls` shares them): shallow is enough.
  return useDialerSelector(getControls, { equality: 'shallow', hookName: 'useDialerControls' });
}
