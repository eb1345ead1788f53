import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'tests/browser/vitest.config.ts',
      'tests/visual/vitest.config.ts',
      '.storybook/vitest.config.ts',
      'apps/agent-desktop/vitest.config.ts',
      'tests/e2e/vitest.config.ts',
      'tests/consumers/vitest.config.ts',
      {
        test: {
          name: 'core',
          root: './packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: '../../tsconfig.json' },
        },
      },
      {
        test: {
          name: 'simulator',
          root: './packages/simulator',
          environment: 'node',
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
        },
      },
      {
        test: {
          name: 'react',
          root: './packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
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
          root: './packages/testing',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'examples/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
        },
      },
    ],
  },
});
