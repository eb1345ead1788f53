import { CONTROL_NAMES, type Controls, type DialerState, getControls } from '@dialer-kit/core';
import { useRef } from 'react';
import { useDialerSelector } from '../provider/useDialerStore';

function sameControls(a: Controls, b: Controls): boolean {
  return CONTROL_NAMES.every((name) => {
    const x = a[name];
    const y = b[name];
    return x.enabled === y.enabled && x.pending === y.pending && x.reason === y.reason;
  });
}

/**
 * Every control's state (`enabled`, `pending`, `reason`); re-renders only when one of them changes.
 * Prefer {@link useControlState} for a single control.
 */
export function useDialerControls(): Controls {
  const previous = useRef<Controls | undefined>(undefined);
  return useDialerSelector('useDialerControls', (state: DialerState) => {
    const next = getControls(state);
    if (previous.current !== undefined && sameControls(previous.current, next)) return previous.current;
    previous.current = next;
    return next;
  });
}
