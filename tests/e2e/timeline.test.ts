import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUS_MODES, connectOutgoing, farSide, saveScreenshot } from './demoPage';
import { eventually } from './eventually';
import { withDesktop } from './withDesktop';

let clipboardTurn = Promise.resolve();
/** Runs `body` alone: every tab of the browser shares one clipboard, and journeys run side by side. */
function withClipboard<T>(body: () => Promise<T>): Promise<T> {
  const run = clipboardTurn.then(body);
  clipboardTurn = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Event timeline' });
const entries = (page: Page) =>
  timeline(page).getByRole('log', { name: 'Bus messages' }).getByRole('listitem');
/** The text of every entry, oldest first. */
const entryTexts = (page: Page): Promise<string[]> => entries(page).allTextContents();

describe.each(BUS_MODES)('with the %s bus', (mode) => {
  describe('the event timeline', () => {
    it("lists a call's messages with time, direction, type and verdict, filters them by type, and copies them as JSON", async () => {
      await withDesktop(mode, async (page) => {
        await connectOutgoing(page, mode);
        const texts = await entryTexts(page);
        const dial = texts.findIndex((text) => text.includes('DIALER.DIAL'));
        const status = texts.findIndex((text) => text.includes('DIALER.CALL_STATUS'));
        expect(dial).toBeGreaterThanOrEqual(0);
        expect(status).toBeGreaterThan(dial);
        expect(texts[dial]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} out DIALER\.DIAL /);
        expect(texts[status]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} in DIALER\.CALL_STATUS accepted /);
        await saveScreenshot(page, mode, 'timeline');

        await timeline(page).getByLabel('Filter by type').selectOption('DIALER.CALL_STATUS');
        await eventually(
          async () => (await entryTexts(page)).every((text) => text.includes('DIALER.CALL_STATUS')),
          true,
        );
        const shown = await entries(page).count();
        expect(shown).toBeGreaterThanOrEqual(2);

        const copied = await withClipboard(async () => {
          await timeline(page).getByRole('button', { name: 'Copy as JSON' }).click();
          await timeline(page).getByRole('status').getByText(`Copied ${shown} entries`).waitFor();
          return page.evaluate(() => navigator.clipboard.readText());
        });
        const list: unknown = JSON.parse(copied);
        expect(Array.isArray(list)).toBe(true);
        const types = (list as { type?: unknown }[]).map((entry) => entry.type);
        expect(types).toEqual(Array.from({ length: shown }, () => 'DIALER.CALL_STATUS'));
      });
    });

    it('marks a malformed message rejected, shows only rejected ones on demand, and clears', async () => {
      await withDesktop(mode, async (page) => {
        await farSide(page, mode).getByRole('button', { name: 'Send a malformed message' }).click();
        await eventually(async () => (await entryTexts(page)).some((t) => t.includes('rejected')), true);

        await timeline(page).getByRole('checkbox', { name: 'Only rejected' }).check();
        await eventually(async () => (await entryTexts(page)).every((t) => t.includes('rejected')), true);
        expect(await entries(page).count()).toBeGreaterThanOrEqual(1);

        await timeline(page).getByRole('checkbox', { name: 'Only rejected' }).uncheck();
        await timeline(page).getByRole('button', { name: 'Clear timeline' }).click();
        await eventually(() => entries(page).count(), 0);
      });
    });
  });
});
