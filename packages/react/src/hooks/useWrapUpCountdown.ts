import { useDialerSelector } from '../provider/useDialerStore';
import { useSecondClock } from './useSecondClock';

/**
 * Whole seconds left of after-call work (rounded up), from `wrapUpEndsAt` (Decision 9); `undefined` when
 * the agent has no wrap-up deadline. Re-renders once a second until it reaches 0.
 */
export function useWrapUpCountdown(): number | undefined {
  const endsAt = useDialerSelector('useWrapUpCountdown', (state) => state.availability.self?.wrapUpEndsAt);
  const now = Date.now();
  const clock = useSecondClock(endsAt, endsAt !== undefined && now < endsAt);
  if (endsAt === undefined) return undefined;
  return Math.max(0, Math.ceil((endsAt - clock) / 1000));
}
