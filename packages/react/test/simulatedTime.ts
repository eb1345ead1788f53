import { afterEach, beforeEach, vi } from 'vitest';

/** Where simulated time starts: a fixed instant, so that nothing shown depends on when the test runs. */
const SIMULATED_START = Date.UTC(2024, 5, 11, 9);

/**
 * Runs every test of the calling file on simulated time: vitest's fake timers and `Date`, which move only
 * when the test advances them. A slow machine then cannot fire one of the kit's timers (a REGISTER retry,
 * a command timeout, the swap check, a second of talk time) in the middle of a test. Pass the returned
 * `advanceTimers` to {@link renderWithDialer}'s `userEvent` option so user-event's pauses take no time.
 * @example const time = simulatedTime(); await renderWithDialer(ui, { userEvent: time });
 */
export function simulatedTime(): { readonly advanceTimers: (ms: number) => void } {
  beforeEach(() => {
    vi.useFakeTimers({
      now: SIMULATED_START,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    // Testing Library ends each user-event call with a setTimeout(0) and advances fake timers over it only
    // when it finds Jest's: without this stand-in the fake timeout never fires and the test hangs.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  return { advanceTimers: (ms) => void vi.advanceTimersByTime(ms) };
}
