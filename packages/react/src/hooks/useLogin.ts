import { type LoginFailure, loginFailure, type Result } from '@dialer-kit/core';
import { useCallback, useMemo, useRef } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

const HOOK = 'useLogin';
const BUSY: Result<{ readonly payload: unknown }> = { ok: false, reason: 'request-pending' };

/** What {@link useLogin} returns: whether a sign-in is due, its progress, why it failed, and `login`. */
export interface LoginView {
  /** The bus has no session (`needs-login`): the agent must sign in. */
  readonly needed: boolean;
  /** A login is on its way to the bus. */
  readonly pending: boolean;
  /** Why the last login failed (`rejected` with the bus's `message`, `timeout`, `not-sent`), until the next one. */
  readonly failure: LoginFailure | undefined;
  /**
   * Sends `AUTH.EMAIL_AND_PASSWORD` and settles with the bus's answer; refused at once while a login is on
   * its way. The password goes to the bus once: it is not kept, logged or put in the state.
   */
  readonly login: (email: string, password: string) => Promise<Result<{ readonly payload: unknown }>>;
}

/**
 * Signing in to the dialer when the bus has no session: whether it is due, whether a login is on its way,
 * why the last one failed, and `login`. The password is passed straight to the store, which posts it to
 * the bus only.
 * @example const { needed, login, failure } = useLogin(); if (needed) await login(email, password);
 */
export function useLogin(): LoginView {
  const store = useDialerStore(HOOK);
  const { needed, pending, reason, message } = useDialerSelector(
    (state) => {
      const failure = loginFailure(state);
      return {
        needed: state.connection === 'needs-login',
        pending: state.requests['AUTH.EMAIL_AND_PASSWORD'] !== undefined,
        reason: failure?.reason,
        message: failure?.message,
      };
    },
    { equality: 'shallow', hookName: HOOK },
  );
  // A ref, not state: a second submit in the same tick must already see the first one on its way.
  const inFlight = useRef(false);

  const login = useCallback(
    async (email: string, password: string): Promise<Result<{ readonly payload: unknown }>> => {
      if (inFlight.current) return BUSY;
      inFlight.current = true;
      try {
        return await store.actions.login(email, password);
      } finally {
        inFlight.current = false;
      }
    },
    [store],
  );

  const failure = useMemo<LoginFailure | undefined>(
    () => (reason === undefined ? undefined : message === undefined ? { reason } : { reason, message }),
    [reason, message],
  );
  return useMemo(() => ({ needed, pending, failure, login }), [needed, pending, failure, login]);
}
