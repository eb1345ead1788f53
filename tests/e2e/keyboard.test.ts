import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBar, expectCallStatus, farSide, saveScreenshot } from './demoPage';
import { isModalOpen, tagDialog } from './tagDialog';
import { withDesktop } from './withDesktop';

/** Whether the focused element is `target` (or inside it). */
const holdsFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Whether the focused element draws a focus indicator (an outline or a box shadow). */
const showsFocusRing = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
  });

/** Presses Tab until `target` has the focus (at most `limit` times), checking each stop shows a ring. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await holdsFocus(target)) {
      expect(await showsFocusRing(page), 'the focused element shows a focus ring').toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

describe('with the memory bus, from the keyboard only', () => {
  it('dials on a tagged line, gets answered, hangs up, tags the call and finishes', async () => {
    await withDesktop('memory', async (page) => {
      const line = page.getByRole('combobox', { name: 'Line' });
      await tabTo(page, line);
      // Type-ahead on a focused <select> picks the option without opening it.
      await page.keyboard.type('Support');
      expect(await line.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(
        'Support UK',
      );

      await tabTo(page, page.getByRole('textbox', { name: 'Phone number' }));
      await page.keyboard.type('+14155550199');
      await page.keyboard.press('Enter');
      await expectCallStatus(page, 'Ringing');

      await tabTo(page, farSide(page, 'memory').getByRole('button', { name: 'Remote answers' }));
      await page.keyboard.press('Space');
      await expectCallStatus(page, 'Connected');

      await tabTo(page, callBar(page).getByRole('button', { name: 'Hang up' }));
      await page.keyboard.press('Enter');
      const dialog = tagDialog(page);
      await dialog.waitFor();
      expect(await holdsFocus(dialog)).toBe(true);
      await saveScreenshot(page, 'memory', 'keyboard-tag-modal');

      // The first stop in the dialog is its first tag.
      await page.keyboard.press('Space');
      expect(await dialog.getByRole('checkbox').first().isChecked()).toBe(true);
      await tabTo(page, dialog.getByRole('button', { name: 'Save tags' }), 10);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      expect(await isModalOpen(page)).toBe(false);
      await expectCallStatus(page, 'Call ended');

      await tabTo(page, callBar(page).getByRole('button', { name: 'Done' }));
      await page.keyboard.press('Space');
      await expectCallStatus(page, 'No call');
    });
  });
});
