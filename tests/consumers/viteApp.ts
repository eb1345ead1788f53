import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { agentDay } from '../../packages/testing/src/agentDay';
import type * as PlaywrightHelper from '../../packages/testing/src/playwright/index';
import { launchChromium } from '../support/launchChromium';
import { serveStatic } from '../support/serveStatic';
import { freshApp, installKit, overlay, removeApp, run } from './consumerApp';
import { viteRecipe } from './recipes';

declare global {
  interface Window {
    /** What the consumer app exposes of its simulated bus (`apps/vite/src/App.tsx`). */
    dialerBus?: { remoteAnswers(): boolean; readonly log: readonly { readonly message: string }[] };
  }
}

/** The README's tagging test (`packages/testing/examples`), copied as is into the app. */
const TAGGING_TEST = new URL('../../packages/testing/examples/taggingJourney.test.tsx', import.meta.url);

/** The template's tsconfig for `src`, made as strict as a careful consumer's, library checking included. */
async function stricten(dir: string): Promise<void> {
  const file = join(dir, 'tsconfig.app.json');
  const text = await readFile(file, 'utf8');
  const stricter = text.replace(
    '"skipLibCheck": true,',
    [
      '"skipLibCheck": false,',
      '"strict": true,',
      '"exactOptionalPropertyTypes": true,',
      '"noUncheckedIndexedAccess": true,',
      '"noPropertyAccessFromIndexSignature": true,',
    ].join('\n    '),
  );
  expect(stricter, 'the template still sets skipLibCheck').not.toBe(text);
  await writeFile(file, stricter);
}

/** The README's usage in a create-vite app on React `react`: type-check, build, and a dial in Chromium. */
export function describeViteApp(react: 18 | 19): void {
  describe(`a create-vite react-ts app on React ${react}`, () => {
    let dir = '';
    beforeAll(async () => {
      dir = await freshApp(viteRecipe(react));
      await overlay(dir, 'vite');
      await stricten(dir);
      const tarballs = inject('packed').map((entry) => entry.tarball);
      const { ms } = await installKit(dir, tarballs, ['zustand@^5', 'immer@^11']);
      console.log(`consumer vite-react${react}: kit installed in ${ms} ms`);
    });
    afterAll(() => removeApp(dir));

    it('installs one React, the one the app chose', async () => {
      const { stdout } = await run('npm', ['ls', 'react', '--all', '--parseable'], { cwd: dir });
      expect(stdout.trim().split('\n')).toHaveLength(1);
      const installed = JSON.parse(await readFile(join(dir, 'node_modules/react/package.json'), 'utf8'));
      expect(installed.version).toMatch(new RegExp(`^${react}\\.`));
    });

    it('type-checks with the template tsc -b, strict flags and skipLibCheck off', async () => {
      await run(join(dir, 'node_modules/.bin/tsc'), ['-b'], { cwd: dir });
    });

    it('builds with vite build', async () => {
      const { output } = await run(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir });
      expect(output).toContain('built in');
    });

    it("runs the README's tagging test, written only against @dialer-kit/testing, in vitest + jsdom with no polyfill", async () => {
      await mkdir(join(dir, 'tests'), { recursive: true });
      await cp(TAGGING_TEST, join(dir, 'tests', 'tagging.test.tsx'));
      // The test waits for nothing real; 30 s bounds a hang (it took 5.1 s, past the 5 s default, with two
      // copies of this suite running at once).
      const { output, ms } = await run(
        join(dir, 'node_modules/.bin/vitest'),
        ['run', 'tests', '--testTimeout=30000'],
        {
          cwd: dir,
          env: { NO_COLOR: '1', FORCE_COLOR: '0' },
        },
      );
      console.log(`consumer vite-react${react}: the tagging test ran in ${ms} ms`);
      expect(output).toMatch(/Tests\s+1 passed/);
      expect(output).not.toMatch(/not wrapped in act|Warning:/);
    });

    describe('in Chromium', () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchChromium();
      });
      afterAll(() => browser?.close());

      it('a national number typed is dialled and reaches the tag modal, without a console error', async () => {
        const server = await serveStatic(join(dir, 'dist'));
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await page.goto(`http://127.0.0.1:${server.port}/`);
          const dialPad = page.getByRole('form', { name: 'Dial pad' });
          // A national number on the simulator's US line: the phone-number rules, the packed react package's
          // lazy chunk that the app's bundler split off, read it and show what it will dial.
          await dialPad.getByRole('textbox', { name: 'Phone number' }).fill('(415) 555-0100');
          await dialPad.getByText('Dials +1 415 555 0100').waitFor();
          await dialPad.getByRole('button', { name: 'Call', exact: true }).click();
          const call = page.getByRole('region', { name: 'Call' });
          // The far side answers as soon as the bus rings it (false until then).
          await page.waitForFunction(() => window.dialerBus?.remoteAnswers() === true);
          await call.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
          await call.getByRole('button', { name: 'Hang up' }).click();
          const dialog = page.getByRole('dialog', { name: 'Tag this call' });
          await dialog.waitFor();
          expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
          expect(errors).toEqual([]);
        } catch (error) {
          // What the agent saw and what the bus did, to tell a broken package from a broken step.
          const seen = await page.evaluate(() => ({
            call: document.querySelector('[aria-label="Call"]')?.textContent,
            bus: window.dialerBus?.log.slice(-5).map((entry) => entry.message),
          }));
          throw new Error(`${String(error)}\nseen: ${JSON.stringify(seen)}\nconsole: ${errors.join('\n')}`);
        } finally {
          await page.close();
          await server.close();
        }
      });

      // Once is enough for the helper (it runs in Node, not in the app): on the React 19 app.
      if (react === 19) {
        it('serves the bus page of @dialer-kit/testing/playwright in an iframe on another origin, and drives a tagging journey', async () => {
          const installed = (file: string) =>
            import(pathToFileURL(join(dir, 'node_modules/@dialer-kit/testing/dist', file)).href);
          const helper = (await installed('playwright.js')) as typeof PlaywrightHelper;
          const { agentDay: day } = (await installed('index.js')) as { agentDay: typeof agentDay };
          const [app, busServer] = await Promise.all([serveStatic(join(dir, 'dist')), helper.serveTestBus()]);
          const page = await browser.newPage();
          try {
            const busUrl = busServer.url({ mandatoryTagging: true });
            await page.goto(`http://127.0.0.1:${app.port}/?busUrl=${encodeURIComponent(busUrl)}`);
            const bus = await helper.testBusFrame(page, busServer);
            expect(bus.frame.url()).toMatch(new RegExp(`^${busServer.origin}/`));
            const journey = day({ bus, agent: helper.playwrightAgent(page) });
            await journey.callEndsInTagging();
            await page.getByRole('dialog', { name: 'Tag this call' }).waitFor();
            await journey.tags('Follow-up');
            await expect
              .poll(() => bus.sent('DIALER.SET_TAGS'))
              .toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
            await page.getByRole('dialog', { name: 'Tag this call' }).waitFor({ state: 'hidden' });
            expect((await bus.sent('BUS.REGISTER'))[0]?.payload.origin).toBe(`http://127.0.0.1:${app.port}`);
          } finally {
            await page.close();
            await Promise.all([app.close(), busServer.close()]);
          }
        });
      }
    });
  });
}
