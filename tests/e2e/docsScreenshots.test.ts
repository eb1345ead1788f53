import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBar, connectOutgoing, expectCallStatus } from './demoPage';
import { eventually } from './eventually';
import { injectFailure, reachConnectedTransfer } from './transferRegion';
import { withDesktop } from './withDesktop';

/**
 * The demo in the states the README shows, each checked before it is photographed. The pictures go to
 * test-results/docs/; `DIALER_KIT_DOCS_SCREENSHOTS=1` writes them to docs/ instead (then look at them).
 */
const OUT = fileURLToPath(
  new URL(
    process.env.DIALER_KIT_DOCS_SCREENSHOTS === '1' ? '../../docs/' : '../../test-results/docs/',
    import.meta.url,
  ),
);

async function photograph(page: Page, name: string, width?: number): Promise<void> {
  await mkdir(OUT, { recursive: true });
  if (width !== undefined) await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${OUT}${name}.png`, animations: 'disabled', caret: 'hide' });
  if (width !== undefined) await page.setViewportSize({ width: 1280, height: 1240 });
}

/** Presses the call bar's toggle `name` unless it is already on (the simulator may record from the start). */
async function turnOn(page: Page, name: string): Promise<void> {
  const toggle = callBar(page).getByRole('button', { name });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

const chips = (page: Page): Promise<string[]> =>
  callBar(page)
    .getByRole('list', { name: 'Call state' })
    .getByRole('listitem')
    .allTextContents()
    .then((items) => items.map((item) => item.replace(/ \d+:\d\d$/, '')));

describe('the demo as the docs show it (in-process bus)', () => {
  it('a held, muted, recorded warm transfer', async () => {
    await withDesktop('memory', async (page) => {
      await reachConnectedTransfer(page, 'memory');
      await turnOn(page, 'Mute');
      await turnOn(page, 'Record');
      await turnOn(page, 'Hold');
      await eventually(() => chips(page), ['On hold', 'Muted', 'Recording']);
      await expectCallStatus(page, 'Warm transfer: Connected');
      await photograph(page, 'warm-transfer-held-muted-recording');
    });
  });

  it('a failed hold, told in the call bar', async () => {
    await withDesktop('memory', async (page) => {
      await connectOutgoing(page, 'memory');
      await injectFailure(page, 'memory', 'hold');
      await callBar(page).getByRole('button', { name: 'Hold' }).click();
      await expect.poll(() => callBar(page).textContent()).toContain('Hold failed');
      await photograph(page, 'call-bar-hold-failed');
    });
  });

  it('the 320 px layout, dark, on a recorded call', async () => {
    await withDesktop('memory', async (page) => {
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await connectOutgoing(page, 'memory');
      await turnOn(page, 'Record');
      await eventually(() => chips(page), ['Recording']);
      await photograph(page, 'sidebar-320px-dark', 320);
    });
  });
});
