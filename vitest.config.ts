import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** core's tests that mock a module (`vi.mock`) or stub a global (`vi.stubGlobal`): each in a fresh module graph. */
const CORE_ISOLATED_TESTS = [
  'src/noReact.test.ts',
  'src/store/createStoreRuntime.test.ts',
  'src/store/monotonicNow.test.ts',
  'src/store/bringUp.test.ts',
];

/** The agent desktop's tests that need a page: the rendering ones, and the clipboard fallback's. */
const AGENT_DESKTOP_DOM_TESTS = ['src/**/*.test.tsx', 'src/timeline/copyText.test.ts'];

/**
 * How long a unit test may take before it counts as hung. The tests run on simulated time and wait for
 * nothing real, so this bounds a hang, not a speed: a jsdom journey that takes 1 s alone took 5.2 s with two
 * copies of the suite and other work on this 2-core machine, past Vitest's 5 s default.
 */
const UNIT_TEST_TIMEOUT = 30_000;

/**
 * Every project of `npm test`. Each one belongs to one of package.json's two scripts: `test:unit` (node and
 * jsdom, part of `pnpm check`) or `test:browser` (Chromium, the packed packages): a new project joins one.
 * `test:unit` runs two workers (`--maxWorkers=2`): Vitest's default on a 2-core machine is one (cores - 1),
 * which left a core idle while the worker set up jsdom; two took the unit phase from 104 s to 83 s. The
 * browser phase runs its projects in three groups, one after the other:
 * 1. the stories, the visual baselines, the bench budgets and the packed packages' apps, one node-side file
 *    at a time beside the stories' own Chromium: two let a package build starve a Chromium journey (a bus
 *    page not loaded within 10 s);
 * 2. the browser tests and the e2e journeys, two files at a time: one at a time left a core idle for a
 *    third of the group (the machine was 40-75 % busy): with the tabs apart, 97 s and then 17 s for the
 *    tabs, against 151 s for the whole group one file at a time;
 * 3. the tabs' browser tests alone, whose timed figures measure the kit rather than the load: beside the
 *    stories an offer's withdrawal measured up to 286 ms of its 500 ms bound, beside two e2e files up to
 *    722 ms; alone, 100-200 ms.
 */
export default defineConfig({
  test: {
    // Transformed modules are kept on disk (`node_modules/.experimental-vitest-cache`, keyed by each file's
    // content and the config): a warm `pnpm check` skips most of its 30 s of transforms (unit phase 86 s ->
    // 72 s). A fresh clone starts without it.
    experimental: { fsModuleCache: true },
    projects: [
      'tests/browser/vitest.config.ts',
      'tests/browser/vitest.tabs.config.ts',
      'tests/visual/vitest.config.ts',
      '.storybook/vitest.config.ts',
      'tests/e2e/vitest.config.ts',
      'tests/consumers/vitest.config.ts',
      // The unit projects do not isolate their files: a worker imports the kit once, not per file (that
      // import was most of their time). Only the files that mock a module or stub a global, which would
      // leak into the next file, run isolated (`core-isolated`).
      {
        test: {
          name: 'core',
          testTimeout: UNIT_TEST_TIMEOUT,
          root: './packages/core',
          environment: 'node',
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // The type tests (`*.test-d.ts`) are checked by `pnpm run typecheck` (tsconfig.json includes
          // them): a second tsc run here cost up to 100 s of a 2-core machine for the same answer.
          exclude: CORE_ISOLATED_TESTS,
        },
      },
      {
        test: {
          name: 'core-isolated',
          testTimeout: UNIT_TEST_TIMEOUT,
          root: './packages/core',
          environment: 'node',
          include: CORE_ISOLATED_TESTS,
        },
      },
      {
        test: {
          name: 'simulator',
          testTimeout: UNIT_TEST_TIMEOUT,
          root: './packages/simulator',
          environment: 'node',
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          // The budgets of `pnpm bench`'s stable figures (scripts/bench.mjs), in Chromium.
          name: 'bench',
          root: './bench',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          testTimeout: 120_000,
          // Opening Chromium and running 40 calls in its beforeAll took over 10 s with two suites at once.
          hookTimeout: 120_000,
        },
      },
      // A `.tsx` test renders, in jsdom; a `.ts` test needs no DOM and runs in node (no jsdom to set up).
      // react's and testing's jsdom projects do not isolate their files: each worker sets jsdom up once and imports React,
      // Testing Library and the kit once, not per file (set-up was most of their time). Their tests share
      // nothing but the page, which the setup file's `cleanup()` empties after each test; none mocks a
      // module (core's `vi.mock` tests stay isolated).
      {
        test: {
          name: 'react',
          testTimeout: UNIT_TEST_TIMEOUT,
          isolate: false,
          root: './packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['src/phone/**'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      // The lazy phone-number rules, loaded, pending or failing: each file mocks the lazy chunk its way, so
      // these run isolated (the setup file holds the chunk pending by default, as in an app's first moments).
      {
        test: {
          name: 'react-phone',
          testTimeout: UNIT_TEST_TIMEOUT,
          root: './packages/react',
          environment: 'jsdom',
          include: ['src/phone/**/*.test.tsx'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        test: {
          name: 'react-node',
          testTimeout: UNIT_TEST_TIMEOUT,
          isolate: false,
          root: './packages/react',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      // The agent desktop's own logic (timeline, query parsing, far-side controls); the clipboard fallback
      // uses the page.
      {
        test: {
          name: 'agent-desktop',
          testTimeout: UNIT_TEST_TIMEOUT,
          root: './apps/agent-desktop',
          environment: 'jsdom',
          include: AGENT_DESKTOP_DOM_TESTS,
        },
      },
      {
        test: {
          name: 'agent-desktop-node',
          testTimeout: UNIT_TEST_TIMEOUT,
          isolate: false,
          root: './apps/agent-desktop',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: AGENT_DESKTOP_DOM_TESTS,
        },
      },
      {
        // The README's example imports the package by its name, as an app does.
        resolve: {
          alias: {
            '@dialer-kit/testing': fileURLToPath(new URL('./packages/testing/src/index.ts', import.meta.url)),
          },
        },
        test: {
          name: 'testing',
          testTimeout: UNIT_TEST_TIMEOUT,
          isolate: false,
          root: './packages/testing',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx', 'examples/**/*.test.tsx'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        test: {
          name: 'testing-node',
          testTimeout: UNIT_TEST_TIMEOUT,
          isolate: false,
          root: './packages/testing',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
        },
      },
    ],
  },
});
