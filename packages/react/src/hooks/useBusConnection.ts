import {
  type BusUser,
  type ConnectionState,
  type DialerState,
  type LoginFailure,
  loginFailure,
  type Result,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** The bus connection and the login verb. */
export interface BusConnectionView {
  readonly state: ConnectionState;
  /** Sends `AUTH.EMAIL_AND_PASSWORD` once; the password is never kept. */
  readonly login: (email: string, password: string) => Promise<Result<{ readonly payload: unknown }>>;
  /** Why the last login failed (as `useLogin`'s `failure`), until the next one is on its way. */
  readonly failure: LoginFailure | undefined;
  /** The logged-in user, once known. */
  readonly user: BusUser | undefined;
}

function selectConnection(state: DialerState) {
  const failure = loginFailure(state);
  return {
    state: state.connection,
    reason: failure?.reason,
    message: failure?.message,
    user: state.user,
  };
}

/** Connection state (`connecting`, `needs-login`, `ready`, ...), the last login's failure and `login`. */
export function useBusConnection(): BusConnectionView {
  const store = useDialerStore('useBusConnection');
  const { state, reason, message, user } = useDialerSelector(selectConnection, {
    equality: 'shallow',
    hookName: 'useBusConnection',
  });
  const login = useCallback(
    (email: string, password: string) => store.actions.login(email, password),
    [store],
  );
  const failure = useMemo<LoginFailure | undefined>(
    () => (reason === undefined ? undefined : message === undefined ? { reason } : { reason, message }),
    [reason, message],
  );
  return useMemo(() => ({ state, login, failure, user }), [state, login, failure, user]);
}
