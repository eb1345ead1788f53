import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

// Most states arrive within a few tens of ms, but a look costs the browser a few ms (a role query walks the
// page) and the journeys keep Chromium busy on both cores: looking every 5-50 ms cost the e2e project 154 s
// of CPU in 115 s; every 25-200 ms, 118 s of CPU in 99 s.
const BACKOFF_MS = [25, 50, 100, 200];

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
