import { useEffect, useReducer } from 'react';

/**
 * `Date.now()` at each render, re-rendering while `anchor` is set and `active` at each whole second
 * counted from `anchor`, so a display of whole seconds flips on time. Values come from the clock, never
 * from counting ticks (Decision 9): a throttled tab shows the right time at its next render.
 */
export function useSecondClock(anchor: number | undefined, active: boolean): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (anchor === undefined || !active) return;
    let handle: ReturnType<typeof setTimeout>;
    const schedule = (): void => {
      const intoSecond = (((Date.now() - anchor) % 1000) + 1000) % 1000;
      handle = setTimeout(() => {
        rerender();
        schedule();
      }, 1000 - intoSecond);
    };
    schedule();
    return () => clearTimeout(handle);
  }, [anchor, active]);
  return Date.now();
}
