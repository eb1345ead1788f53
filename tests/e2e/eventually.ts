import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

// Most states arrive within a few tens of ms and a look costs the browser a few ms: look often, so no
// journey idles long after its state arrived, and a little less often during long waits.
const BACKOFF_MS = [5, 10, 20, 30, 40, 50];

/**
 * Waits until `read()` deeply equals `expected`, then fails with the last difference after `timeout` ms.
 * Unlike `expect.poll`, it works in concurrent tests (the e2e project runs a file's journeys side by side).
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (isDeepStrictEqual(value, expected)) return;
    if (Date.now() >= deadline) {
      expect(value, `still not as expected after ${timeout} ms`).toEqual(expected);
      return;
    }
    await delay(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]);
  }
}
