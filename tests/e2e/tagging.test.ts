import { describe, expect, it } from 'vitest';
import { BUS_MODES, callBar, expectCallStatus } from './demoPage';
import { isModalOpen, reachTagModal, tagDialog } from './tagDialog';
import { withDesktop } from './withDesktop';

describe.each(BUS_MODES)('with the %s bus', (mode) => {
  describe('hanging up a call on a line with mandatory tagging', () => {
    it('opens "Tag this call", which Escape cannot close and Save tags closes', async () => {
      await withDesktop(mode, async (page) => {
        await reachTagModal(page, mode);
        const dialog = tagDialog(page);
        expect(await isModalOpen(page)).toBe(true);
        await expectCallStatus(page, 'Tagging required');

        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        // A close would be queued: let a frame pass before looking.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
        expect(await isModalOpen(page)).toBe(true);
        expect(await dialog.isVisible()).toBe(true);

        // Nothing picked: Save tags is refused, and so is a new call while the dialog waits.
        const save = dialog.getByRole('button', { name: 'Save tags' });
        expect(await save.isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: 'Call', exact: true }).isDisabled()).toBe(true);

        const tag = dialog.getByRole('checkbox').first();
        await tag.check();
        expect(await tag.isChecked()).toBe(true);
        await dialog.getByRole('button', { name: 'Save tags' }).click();
        await dialog.waitFor({ state: 'hidden' });
        expect(await isModalOpen(page)).toBe(false);
        await expectCallStatus(page, 'Call ended');

        // Focus came back to the page, not lost on <body>.
        const focus = await page.evaluate(() => ({
          onBody: document.activeElement === document.body || document.activeElement === null,
          inMain: document.querySelector('main')?.contains(document.activeElement) ?? false,
        }));
        expect(focus).toEqual({ onBody: false, inMain: true });
        await callBar(page).getByRole('button', { name: 'Done' }).waitFor();
      });
    });
  });
});
