import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { lastFailureOf } from './lastFailureOf';

/** Why the last login failed: `rejected` by the bus (its `message` says why), `timeout` or `not-sent`. */
export type LoginFailure = Pick<FailedOperation, 'reason' | 'message'>;

/**
 * Why the agent's last login failed, for the sign-in form; `undefined` while a new login is on its way or
 * once one succeeded. A failure of another operation since then does not hide a rejection: the bus's
 * reason is kept (`loginError`) until the next login succeeds.
 * @example loginFailure(store.getState())?.message // "Invalid credentials"
 */
export function loginFailure(state: DialerState): LoginFailure | undefined {
  if (state.requests['AUTH.EMAIL_AND_PASSWORD'] !== undefined) return undefined;
  const failure = lastFailureOf(state, 'login');
  if (failure !== undefined) return failure;
  return state.loginError === undefined ? undefined : { reason: 'rejected', message: state.loginError };
}
