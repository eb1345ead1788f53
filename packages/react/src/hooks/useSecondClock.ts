import { useEffect, useReducer } from 'react';

/**
 * `now()` at each render, re-rendering while `anchor` is set and `active` at each whole second counted from
 * `anchor`, so a display of whole seconds flips on time. `now` is the store's clock, the time base of
 * `anchor`: monotonic, so a wall clock set back or forward neither stops nor rushes the display. Values come
 * from the clock, never from counting ticks (Decision 9): a throttled tab shows the right time at its next
 * render.
 */
export function useSecondClock(anchor: number | undefined, active: boolean, now: () => number): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (anchor === undefined || !active) return;
    let handle: ReturnType<typeof setTimeout>;
    const schedule = (): void => {
      const intoSecond = (((now() - anchor) % 1000) + 1000) % 1000;
      handle = setTimeout(() => {
        rerender();
        schedule();
      }, 1000 - intoSecond);
    };
    schedule();
    return () => clearTimeout(handle);
  }, [anchor, active, now]);
  return now();
}
