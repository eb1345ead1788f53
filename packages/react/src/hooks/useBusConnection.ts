import type { BusUser, ConnectionState, RequestResult } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerSlice, useDialerStore } from '../provider/useDialerStore';

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

/** Connection state (`connecting`, `needs-login`, `ready`, ...), the login error and `login`. */
export function useBusConnection(): BusConnectionView {
  const store = useDialerStore('useBusConnection');
  const slice = useDialerSlice('useBusConnection', (state) => ({
    state: state.connection,
    error: state.loginError,
    user: state.user,
  }));
  const login = useCallback((email: string, password: string) => store.login(email, password), [store]);
  return useMemo(() => ({ ...slice, login }), [slice, login]);
}
