import type { DialerState, DialerStore } from '@dialer-kit/core';
import { useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { DialerContext, type DialerContextValue } from './DialerContext';

/** The nearest provider's context; throws `useX must be used inside <DialerProvider>` outside one. */
export function useDialerContext(hookName: string): DialerContextValue {
  const value = useContext(DialerContext);
  if (value === null) throw new Error(`${hookName} must be used inside <DialerProvider>`);
  return value;
}

/**
 * The dialer store of the nearest {@link DialerProvider} (for devtools or verbs not wrapped by a hook).
 * @example const store = useDialerStore(); store.actions.invite('+14155550199');
 */
export function useDialerStore(hookName = 'useDialerStore'): DialerStore {
  return useDialerContext(hookName).store;
}

/** One value of the nearest provider's state; re-renders only when it changes (`Object.is`). */
export function useDialerSelector<T>(hookName: string, selector: (state: DialerState) => T): T {
  return useStore(useDialerStore(hookName), selector);
}

/** An object (or array) slice of the nearest provider's state, compared shallowly (`useShallow`). */
export function useDialerSlice<T>(hookName: string, selector: (state: DialerState) => T): T {
  return useStore(useDialerStore(hookName), useShallow(selector));
}
