import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';

/**
 * The last failure if it is one of `operation`, for the notice next to that operation's control; the same
 * object while it stands, so a selector of it re-renders only when it changes.
 * @example lastFailureOf(store.getState(), 'updateAvailability')?.reason
 */
export function lastFailureOf(state: DialerState, operation: Operation): FailedOperation | undefined {
  const failure = state.lastFailure;
  return failure?.operation === operation ? failure : undefined;
}
