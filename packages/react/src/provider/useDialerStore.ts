import type { DialerStore } from '@dialer-kit/core';
import { useContext } from 'react';
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
