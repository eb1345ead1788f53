import type { FailedOperation, Operation } from '@dialer-kit/core';
import { useDialerSelector } from '../provider/useDialerStore';

/** Which failures {@link useLastFailure} reports (all of them by default). */
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
 * The last operation that failed (revert, timeout or rejection), for a notice; `undefined` if none, or if
 * it does not pass `filter`. The store forgets it on a new attempt of that operation or a new call.
 * @example const failure = useLastFailure({ operations: ['hold'], sinceStatusChange: true });
 */
export function useLastFailure(filter: LastFailureFilter = {}): FailedOperation | undefined {
  const { operations, sinceStatusChange = false } = filter;
  return useDialerSelector('useLastFailure', (state) => {
    const failure = state.lastFailure;
    if (failure === undefined) return undefined;
    if (operations !== undefined && !operations.includes(failure.operation)) return undefined;
    const since = state.call.statusSince;
    return sinceStatusChange && since !== undefined && failure.at < since ? undefined : failure;
  });
}
