import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';

/**
 * Visual regression: key stories rendered in Debian's Chromium at a fixed viewport and font, compared with
 * the baselines committed under `__screenshots__/` (`toMatchScreenshot`, pixelmatch). A layout break fails.
 * After a deliberate change of the look: `pnpm vitest run --project visual --update`, then look at the images.
 */
export default defineProject({
  test: {
    name: 'visual',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/visual/**/*.test.tsx'],
    setupFiles: ['tests/visual/setup.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Software rendering and sRGB everywhere, so a pixel is the same pixel on every machine.
          args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb', '--font-render-hinting=none'],
        },
      }),
      viewport: { width: 800, height: 900 },
      instances: [{ browser: 'chromium' }],
    },
  },
});
