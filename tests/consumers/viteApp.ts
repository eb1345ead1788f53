import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { serveStatic } from '../support/serveStatic';
import { type AppRecipe, freshApp, installKit, npm, overlay, removeApp, run } from './consumerApp';

declare global {
  interface Window {
    /** What the consumer app exposes of its simulated bus (`apps/vite/src/App.tsx`). */
    dialerBus?: { remoteAnswers(): boolean; readonly log: readonly { readonly message: string }[] };
  }
}

/** The create-vite version whose `react-ts` template the apps are made from. */
const CREATE_VITE = 'vite@9.3.0';
const REACT_18 = ['react@18.3.1', 'react-dom@18.3.1'];
const TYPES_18 = ['@types/react@18.3.28', '@types/react-dom@18.3.7'];

/** An app from the `react-ts` template, as `npm create vite` makes it; on React 18 when asked. */
function viteRecipe(react: 18 | 19): AppRecipe {
  return {
    name: `vite-react${react}`,
    key: { template: CREATE_VITE, react, ...(react === 18 ? { REACT_18, TYPES_18 } : {}) },
    async create(dir) {
      await run(
        'npm',
        ['create', '--yes', CREATE_VITE, '.', '--', '--template', 'react-ts', '--no-interactive'],
        {
          cwd: dir,
        },
      );
      await npm(['install'], dir);
      if (react === 18) {
        await npm(['install', ...REACT_18], dir);
        await npm(['install', '--save-dev', ...TYPES_18], dir);
      }
    },
  };
}

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
      await installKit(dir, tarballs, ['zustand@^5', 'immer@^11']);
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

    describe('in Chromium', () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchChromium();
      });
      afterAll(() => browser?.close());

      it('a dial reaches the tag modal, without a console error', async () => {
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
          await dialPad.getByRole('textbox', { name: 'Phone number' }).fill('+14155550100');
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
    });
  });
}
