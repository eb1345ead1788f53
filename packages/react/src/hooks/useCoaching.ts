import { type CoachingState, type Result, selectCoaching } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** Coaching as the agent sees it, from either side, with the `joinCoaching` verb. */
export interface CoachingView extends CoachingState {
  /**
   * Joins a teammate's call as its coach (`DIALER.JOIN_COACHING`), from idle only; `incognito` is passed to
   * the bus as is. The bus lets admins only: offer it only to agents the app knows may coach.
   */
  readonly joinCoaching: (callUuid: string, options?: { readonly incognito?: boolean }) => Result;
}

/**
 * Coaching from either side: `role` is `coached` while a supervisor listens to the agent's call (with who
 * in `coach`), `coach` while the agent coaches a teammate (`coachee`, `customer`, `joining`);
 * `joinCoaching` starts coaching. Re-renders only when one of them changes.
 * @example
 * const { role, coach } = useCoaching();
 * if (role === 'coached') notify('A supervisor is listening');
 */
export function useCoaching(): CoachingView {
  const { actions } = useDialerStore('useCoaching');
  const view = useDialerSelector(selectCoaching, { equality: 'shallow', hookName: 'useCoaching' });
  const joinCoaching = useCallback(
    (callUuid: string, options: { readonly incognito?: boolean } = {}) =>
      actions.joinCoaching(callUuid, options.incognito ?? false),
    [actions],
  );
  return useMemo(() => ({ ...view, joinCoaching }), [view, joinCoaching]);
}
