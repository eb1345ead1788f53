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
import { type TabRoleView, useTabRole } from './useTabRole';

/** The bus connection and the login verb. */
export interface BusConnectionView {
  readonly state: ConnectionState;
  /** Sends `AUTH.EMAIL_AND_PASSWORD` once; the password is never kept. */
  readonly login: (email: string, password: string) => Promise<Result<{ readonly payload: unknown }>>;
  /** Why the last login failed (as `useLogin`'s `failure`), until the next one is on its way. */
  readonly failure: LoginFailure | undefined;
  /** The logged-in user, once known. */
  readonly user: BusUser | undefined;
  /**
   * The state shown may be out of date: the bus said nothing for too long during a call and did not
   * answer the kit's request for fresh state either (the kit keeps asking). Controls stay usable.
   */
  readonly stale: boolean;
  /**
   * This tab's part when the tabs share one bus (`DialerProvider tabs={createSharedDialerStore}`): `owner` (the bus runs
   * here), `follower` (it runs in another tab; this one mirrors it and sends through it) or `electing`;
   * `single` when the store is this tab's own.
   */
  readonly role: TabRoleView;
  /** Moves the bus to this tab ("Use this tab"); nothing for a `single` tab or the owner. */
  readonly takeOver: () => void;
}

function selectConnection(state: DialerState) {
  const failure = loginFailure(state);
  return {
    state: state.connection,
    reason: failure?.reason,
    message: failure?.message,
    user: state.user,
    stale: state.session.silence?.stale === true,
  };
}

/** Connection state (`connecting`, `needs-login`, `ready`, ...), the last login's failure and `login`. */
export function useBusConnection(): BusConnectionView {
  const store = useDialerStore('useBusConnection');
  const { state, reason, message, user, stale } = useDialerSelector(selectConnection, {
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
  const { role, takeOver } = useTabRole(store);
  return useMemo(
    () => ({ state, login, failure, user, stale, role, takeOver }),
    [state, login, failure, user, stale, role, takeOver],
  );
}
