import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUS_MODES, callBar, connectOutgoing, expectCallStatus } from './demoPage';
import { eventually } from './eventually';
import { withDesktop } from './withDesktop';

/** The status beside the Availability select ("Taking calls", "After-call work"), without its hidden prefix. */
const availability = (page: Page): Promise<string> =>
  page
    .getByRole('banner')
    .getByRole('status')
    .filter({ hasText: 'Availability:' })
    .textContent()
    .then((text) => (text ?? '').replace('Availability:', '').trim());

describe.each(BUS_MODES)('with the %s bus', (mode) => {
  describe('the availability select', () => {
    it('shows wrap-up with a countdown after a call, then available again', async () => {
      await withDesktop(
        mode,
        async (page) => {
          await eventually(() => availability(page), 'Taking calls');
          await connectOutgoing(page, mode);
          await eventually(() => availability(page), 'In call');
          await callBar(page).getByRole('button', { name: 'Hang up' }).click();
          await expectCallStatus(page, 'Call ended');

          await eventually(() => availability(page), 'After-call work');
          const countdown = page.getByRole('banner').getByText(/^Wrap-up ends in \d+ s$/);
          await countdown.waitFor();
          // A loaded machine may read it as late as its last second: 0 to 2 of the configured 2 s.
          const first = Number((await countdown.textContent())?.match(/\d+/)?.[0]);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(first).toBeLessThanOrEqual(2);

          await eventually(() => availability(page), 'Taking calls', 8_000);
          expect(await countdown.count()).toBe(0);
        },
        { wrapup: 2 },
      );
    });

    it('changes with the Availability select', async () => {
      await withDesktop(mode, async (page) => {
        await page.getByRole('banner').getByRole('combobox', { name: 'Availability' }).selectOption({
          label: 'Do not disturb',
        });
        await eventually(() => availability(page), 'Not taking calls');
      });
    });

    it('shows "On a break" beside a status that agrees with it', async () => {
      await withDesktop(mode, async (page) => {
        const select = page.getByRole('banner').getByRole('combobox', { name: 'Availability' });
        await select.selectOption({ label: 'On a break' });
        await eventually(() => availability(page), 'Not taking calls');
        expect(
          await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent),
        ).toBe('On a break');
      });
    });
  });
});
