import { useDialerSelector, useDialerStore } from '../provider/useDialerStore';
import { useSecondClock } from './useSecondClock';

/**
 * Whole seconds left of after-call work (rounded up), from `wrapUpEndsAt` on the store's monotonic clock
 * (Decision 9), never more than the TTL the bus sent; `undefined` when the agent has no wrap-up deadline.
 * Re-renders once a second until it reaches 0.
 */
export function useWrapUpCountdown(): number | undefined {
  const store = useDialerStore('useWrapUpCountdown');
  const endsAt = useDialerSelector('useWrapUpCountdown', (state) => state.availability.self?.wrapUpEndsAt);
  const ttl = useDialerSelector('useWrapUpCountdown', (state) => state.availability.self?.wrapUpTimeTtl);
  const clock = useSecondClock(endsAt, endsAt !== undefined && store.now() < endsAt, store.now);
  if (endsAt === undefined) return undefined;
  const left = Math.max(0, Math.ceil((endsAt - clock) / 1000));
  // A consumer's clock that went back must not show more time than the bus granted.
  return ttl === undefined ? left : Math.min(left, Math.ceil(ttl));
}
