import { isCallUnderWay } from '../selectors/statusGroups';
import type { DialerState } from '../state/DialerState';
import type { StoreRuntime } from './storeRuntime';
import { createTimers } from './timers';

/** Default silence limit of the watchdog (ms): see DECISIONS.md, "Background tabs stay fresh". */
export const DEFAULT_SILENCE_LIMIT_MS = 30_000;

/** The watchdog a store runs: told of every bus message, it watches the state itself. */
export interface Watchdog {
  /** A bus message arrived at `at` (accepted or not: the bus is alive either way). */
  heard(at: number): void;
  stop(): void;
}

const live = (state: DialerState): boolean =>
  state.connection === 'ready' && isCallUnderWay(state.call.status);

/**
 * Watches the bus during a live call: when no message came for `limitMs` it dispatches `kit/busSilent`
 * (the reducer probes with a resync, and calls the state stale if that goes unanswered too), and again
 * every `limitMs` while the silence lasts. One timer, armed while a call is live and moved forward only
 * when it fires: a message costs one assignment, not a timer.
 */
export function startWatchdog(
  runtime: StoreRuntime,
  subscribe: (listener: (state: DialerState) => void) => () => void,
  limitMs: number,
): Watchdog {
  const { options, now } = runtime;
  const timers = createTimers(
    options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms)),
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)),
  );
  let lastHeard = now();
  const check = (): void => {
    if (!live(runtime.getState())) return;
    const silentFor = now() - lastHeard;
    if (silentFor < limitMs) {
      timers.schedule('watchdog', limitMs - silentFor, check);
      return;
    }
    timers.schedule('watchdog', limitMs, check);
    runtime.dispatch({ type: 'kit/busSilent', payload: { since: lastHeard } });
  };
  const follow = (state: DialerState): void => {
    const on = live(state);
    if (on && !timers.has('watchdog')) {
      // Silence is counted from when the call became live at the earliest.
      lastHeard = Math.max(lastHeard, now());
      timers.schedule('watchdog', limitMs, check);
    } else if (!on) timers.cancel('watchdog');
  };
  const unsubscribe = subscribe(follow);
  follow(runtime.getState());
  return {
    heard(at) {
      lastHeard = at;
    },
    stop() {
      unsubscribe();
      timers.clearAll();
    },
  };
}
