import { type DialerState, selectOwnAvailability } from '@dialer-kit/core';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';
import { useSecondClock } from './useSecondClock';

const NAME = 'useWrapUpCountdown';
const selectEndsAt = (state: DialerState) => selectOwnAvailability(state)?.wrapUpEndsAt;
const selectTtl = (state: DialerState) => selectOwnAvailability(state)?.wrapUpTimeTtl;

/**
 * Whole seconds left of after-call work (rounded up), from `wrapUpEndsAt` on the store's monotonic clock
 * (Decision 9), never more than the TTL the bus sent; `undefined` when the agent has no wrap-up deadline.
 * Re-renders once a second until it reaches 0.
 */
export function useWrapUpCountdown(): number | undefined {
  const store = useDialerStore(NAME);
  const endsAt = useDialerSelector(selectEndsAt, { hookName: NAME });
  const ttl = useDialerSelector(selectTtl, { hookName: NAME });
  const clock = useSecondClock(endsAt, endsAt !== undefined && store.now() < endsAt, store.now);
  if (endsAt === undefined) return undefined;
  const left = Math.max(0, Math.ceil((endsAt - clock) / 1000));
  // A consumer's clock that went back must not show more time than the bus granted.
  return ttl === undefined ? left : Math.min(left, Math.ceil(ttl));
}
