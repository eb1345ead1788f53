import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/** The journeys of several tabs, whose figures are timed (an offer withdrawn from the other tabs within 500 ms). */
export const TABS_TESTS = 'tests/browser/tabs.test.ts';

/**
 * Browser tests: real Chromium (playwright-core) driven from node against the bus-simulator app served on
 * two origins; plus the bus page's node unit tests.
 */
export default defineProject({
  test: {
    name: 'browser',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/browser/**/*.test.ts', 'apps/bus-simulator/src/**/*.test.ts'],
    // The tabs' timed journeys run alone, in the last group (vitest.tabs.config.ts).
    exclude: [TABS_TESTS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker for every file (see tests/consumers/vitest.config.ts); none mocks a module or stubs a global.
    isolate: false,
    // The second group, with the e2e journeys, once the stories and the package builds of the first group are
    // done: two files at a time (root config).
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
  },
});
