import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { TABS_TESTS } from './vitest.config';

/**
 * The browser tests of several tabs on one bus, alone in the last group: their timed figures (an offer
 * withdrawn from the other tabs within 500 ms of Accept, a takeover within 5 s) measure the kit, not the
 * journeys of another file on the same two cores (beside two e2e files, a withdrawal took up to 722 ms).
 */
export default defineProject({
  test: {
    name: 'browser-tabs',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: [TABS_TESTS],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    sequence: { groupOrder: 2 },
    maxWorkers: 1,
  },
});
