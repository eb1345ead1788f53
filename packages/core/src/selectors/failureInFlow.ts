import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';

/**
 * The last failed operation when it is one of `operations` and happened in the call's current flow: a swap
 * that failed during a warm transfer is not news once the call is back in `regular`, while a start that
 * reverted to the flow it began in (a `starting*` status is sent in the flow being left) still is.
 */
export function failureInFlow(
  state: DialerState,
  operations: readonly Operation[],
): FailedOperation | undefined {
  const failure = state.lastFailure;
  if (failure === undefined || !operations.includes(failure.operation)) return undefined;
  const since = state.call.flowSince;
  return since !== undefined && failure.at < since ? undefined : failure;
}
