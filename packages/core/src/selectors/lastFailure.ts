import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';

/** Which failures {@link selectLastFailure} reports (all of them by default). */
export interface LastFailureFilter {
  /** Only failures of these operations (the ones a component offers). */
  readonly operations?: readonly Operation[];
  /**
   * Only a failure at or after the call's last status change: once the call has moved on, an older failure
   * is stale and must not be shown (or announced) again.
   */
  readonly sinceStatusChange?: boolean;
}

/**
 * The last operation that failed (revert, timeout, rejection, not sent), if it passes `filter`. The state
 * forgets it on a new attempt of that operation or a new call.
 * @example selectLastFailure(state, { operations: ['hold'], sinceStatusChange: true })
 */
export function selectLastFailure(
  state: DialerState,
  filter: LastFailureFilter = {},
): FailedOperation | undefined {
  const failure = state.lastFailure;
  if (failure === undefined) return undefined;
  const { operations, sinceStatusChange = false } = filter;
  if (operations !== undefined && !operations.includes(failure.operation)) return undefined;
  const since = state.call.statusSince;
  return sinceStatusChange && since !== undefined && failure.at < since ? undefined : failure;
}
