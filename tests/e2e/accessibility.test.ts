import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AxeScope, axeViolations } from './axeViolations';
import { BUS_MODES, type BusMode, expectCallStatus, farSide, saveScreenshot } from './demoPage';
import { eventually } from './eventually';
import { reachTagModal, tagDialog } from './tagDialog';
import { startTransfer } from './transferRegion';
import { withDesktop } from './withDesktop';

/**
 * Audits a journey's states with axe and saves a screenshot of each: `whole` checks the whole page (the
 * timeline and far side change with every state too) and, by default, its bus iframe.
 */
function auditor(page: Page, mode: BusMode) {
  const found: string[] = [];
  const audit = async (state: string, scope: AxeScope): Promise<void> => {
    const violations = await axeViolations(page, scope);
    found.push(...violations.map((line) => `${state}: ${line}`));
    await saveScreenshot(page, mode, state);
  };
  return {
    found,
    whole: (state: string, subframes = true) => audit(state, { subframes }),
  };
}

describe.each(BUS_MODES)('with the %s bus, axe finds no violation', (mode) => {
  // Each journey visits several states: a page load costs more than a state change.
  it('while idle in both themes, offered a call, connected to it and transferring it', async () => {
    await withDesktop(mode, async (page) => {
      const audit = auditor(page, mode);
      await audit.whole('idle');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await eventually(() => page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      // The theme is the page's own: the bus iframe keeps its look.
      await audit.whole('idle-dark', false);
      await page.getByRole('button', { name: 'Light theme' }).click();
      await eventually(() => page.evaluate(() => document.documentElement.dataset.theme), 'light');

      await farSide(page, mode).getByRole('button', { name: 'Incoming external call' }).click();
      const banner = page.getByRole('region', { name: 'Incoming call' });
      await banner.waitFor();
      await audit.whole('incoming');
      await banner.getByRole('button', { name: 'Accept' }).click();
      await expectCallStatus(page, 'Connected');
      await audit.whole('connected');

      await startTransfer(page, '+442079460000');
      await farSide(page, mode).getByRole('button', { name: 'Transferee answers' }).click();
      await expectCallStatus(page, 'Warm transfer: Connected');
      await audit.whole('warm-transfer');
      expect(audit.found, audit.found.join('\n')).toEqual([]);
    });
  });

  it('while the tag dialog is open and during wrap-up', async () => {
    await withDesktop(
      mode,
      async (page) => {
        await reachTagModal(page, mode);
        const audit = auditor(page, mode);
        await audit.whole('tag-modal');
        const dialog = tagDialog(page);

        await dialog.getByRole('checkbox').first().check();
        await dialog.getByRole('button', { name: 'Save tags' }).click();
        await expectCallStatus(page, 'Call ended');
        await page
          .getByRole('banner')
          .getByText(/^Wrap-up ends in \d+ s$/)
          .waitFor();
        await audit.whole('wrap-up');
        expect(audit.found, audit.found.join('\n')).toEqual([]);
      },
      { wrapup: 30 },
    );
  });
});
