import { type CoachingState, type SendResult, selectCoaching } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** Coaching as the agent sees it, from either side, with the join verb. */
export interface CoachingView extends CoachingState {
  /**
   * Joins a teammate's call as its coach (`DIALER.JOIN_COACHING`), from idle only; `incognito` is passed to
   * the bus as is. The bus lets admins only: offer it only to agents the app knows may coach.
   */
  readonly join: (callUuid: string, options?: { readonly incognito?: boolean }) => SendResult;
}

/**
 * Coaching from either side: `role` is `coached` while a supervisor listens to the agent's call (with who
 * in `coach`), `coach` while the agent coaches a teammate (`coachee`, `customer`, `joining`); `join`
 * starts coaching. Re-renders only when one of them changes.
 * @example
 * const { role, coach } = useCoaching();
 * if (role === 'coached') notify('A supervisor is listening');
 */
export function useCoaching(): CoachingView {
  const { actions } = useDialerStore('useCoaching');
  const view = useDialerSelector(selectCoaching, { equality: 'shallow', hookName: 'useCoaching' });
  const join = useCallback(
    (callUuid: string, options: { readonly incognito?: boolean } = {}) =>
      actions.joinCoaching(callUuid, options.incognito ?? false),
    [actions],
  );
  return useMemo(() => ({ ...view, join }), [view, join]);
}
