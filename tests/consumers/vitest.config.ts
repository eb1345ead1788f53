import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/**
 * The published packages as their users get them: built, packed, checked by publint and attw, measured,
 * and installed with npm into apps made outside the workspace (Vite on React 19 and 18, plain Node, Next.js).
 */
export default defineProject({
  test: {
    name: 'consumers',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/consumers/**/*.test.ts'],
    globalSetup: ['tests/consumers/globalSetup.ts'],
    benchmark: { include: [] },
    // One worker for every file, not a fresh one per file (3-5 s each to start and import playwright-core
    // again): the files share nothing but helpers, and none mocks a module or stubs a global.
    isolate: false,
    // Each step runs a real install, type-check or build: minutes on a cold cache, seconds on a warm one.
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
