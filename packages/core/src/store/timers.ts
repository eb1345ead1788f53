/** Named one-shot timers over injectable `setTimeout` / `clearTimeout`. */
export interface Timers {
  /** Runs `fn` after `ms`, replacing any timer of the same key. */
  schedule(key: string, ms: number, fn: () => void): void;
  /** Cancels the timer of `key`, if any. */
  cancel(key: string): void;
  /** Whether a timer of `key` is waiting. */
  has(key: string): boolean;
  /** Cancels every timer. */
  clearAll(): void;
}

/** Creates a {@link Timers} set; a timer that fires is forgotten before its callback runs. */
export function createTimers(
  setTimer: (fn: () => void, ms: number) => unknown,
  clearTimer: (handle: unknown) => void,
): Timers {
  const handles = new Map<string, unknown>();
  const cancel = (key: string): void => {
    if (!handles.has(key)) return;
    clearTimer(handles.get(key));
    handles.delete(key);
  };
  return {
    schedule(key, ms, fn) {
      cancel(key);
      const handle = setTimer(
        () => {
          if (handles.get(key) !== handle) return;
          handles.delete(key);
          fn();
        },
        Math.max(0, ms),
      );
      handles.set(key, handle);
    },
    cancel,
    has: (key) => handles.has(key),
    clearAll() {
      for (const key of [...handles.keys()]) cancel(key);
    },
  };
}
