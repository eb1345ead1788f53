import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';

/** Every story runs as a test in Debian's Chromium: render, `play`, then axe (violations fail). */
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  test: {
    name: 'storybook',
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Journeys wait on real timers (a 3 s swap check, a wrap-up countdown); CI shares two cores with other projects.
    testTimeout: 30_000,
    // Every story file in one page (each story still mounts its own kit on a fresh root): a fresh iframe
    // per file cost about 3 s of loading per file, 120 s -> 68 s for the 28 files on this machine.
    isolate: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
