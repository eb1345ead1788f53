import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/**
 * End-to-end journeys: the agent desktop and the bus simulator built once (production), served on two
 * origins, driven through their UI in Debian's Chromium, for the in-process bus and the bus iframe.
 */
export default defineProject({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // Benchmarks belong to their packages' projects; this one is rooted at the repository.
    benchmark: { include: [] },
    // Journeys wait on the browser and the simulator's clock, not on node: run a file's journeys three at a
    // time (each in its own tab), so a 3 s wrap-up or swap check does not hold up the others.
    sequence: { concurrent: true, groupOrder: 1 },
    // Two files at a time, beside the browser tests of the same group (the same count: Vitest requires it).
    maxWorkers: 2,
    maxConcurrency: 3,
    // One Chromium (started by the global setup) and one browser context per worker, reused by every file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
