import type { BusUser, ConnectionState, DialerState, RequestResult } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** The bus connection and the login verb. */
export interface BusConnectionView {
  readonly state: ConnectionState;
  /** Sends `AUTH.EMAIL_AND_PASSWORD` once; the password is never kept. */
  readonly login: (email: string, password: string) => Promise<RequestResult>;
  /** Error of the last failed login. */
  readonly error: string | undefined;
  /** The logged-in user, once known. */
  readonly user: BusUser | undefined;
}

function selectConnection(state: DialerState): Omit<BusConnectionView, 'login'> {
  return { state: state.connection, error: state.loginError, user: state.user };
}

/** Connection state (`connecting`, `needs-login`, `ready`, ...), the login error and `login`. */
export function useBusConnection(): BusConnectionView {
  const store = useDialerStore('useBusConnection');
  const slice = useDialerSelector(selectConnection, { equality: 'shallow', hookName: 'useBusConnection' });
  const login = useCallback(
    (email: string, password: string) => store.actions.login(email, password),
    [store],
  );
  return useMemo(() => ({ ...slice, login }), [slice, login]);
}
