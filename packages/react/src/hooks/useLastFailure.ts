import { type FailedOperation, type LastFailureFilter, selectLastFailure } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

export type { LastFailureFilter } from '@dialer-kit/core';

/**
 * The last operation that failed (revert, timeout or rejection), for a notice; `undefined` if none, or if
 * it does not pass `filter`. The store forgets it on a new attempt of that operation or a new call.
 * @example const failure = useLastFailure({ operations: ['hold'], sinceStatusChange: true });
 */
export function useLastFailure(filter: LastFailureFilter = {}): FailedOperation | undefined {
  return useDialerSelector((state) => selectLastFailure(state, filter), { hookName: 'useLastFailure' });
}
