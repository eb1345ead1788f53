import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBar, dialOut, expectCallStatus, farSide } from './demoPage';
import { tagDialog } from './tagDialog';
import { withDesktopTabs } from './withDesktop';

const elsewhere = (page: Page) => page.getByRole('region', { name: 'Phone is in another tab' });
const banner = (page: Page) => page.getByRole('region', { name: 'Incoming call' });

describe('the agent desktop open in two tabs (one bus)', () => {
  it('rings in both, is answered from either, and goes on in the other when the first tab closes', async () => {
    await withDesktopTabs('memory', 2, async ([first, second]) => {
      if (first === undefined || second === undefined) throw new Error('two tabs expected');
      // The first tab opened has the phone (and the far side's controls); the second says so.
      await elsewhere(second).waitFor();
      expect(await elsewhere(first).count()).toBe(0);
      expect(await second.getByRole('button', { name: 'Incoming external call' }).count()).toBe(0);

      await farSide(first, 'memory').getByRole('button', { name: 'Incoming external call' }).click();
      await banner(first).waitFor();
      await banner(second).waitFor();
      await banner(second).getByRole('button', { name: 'Accept' }).click();
      await expectCallStatus(second, 'Connected');
      await expectCallStatus(first, 'Connected');
      await banner(first).waitFor({ state: 'detached' });

      await first.close();
      // The second tab takes the phone over, and with it the call (the bus hands its calls on).
      await elsewhere(second).waitFor({ state: 'detached' });
      await expectCallStatus(second, 'Connected');
      await callBar(second).getByRole('button', { name: 'Hang up' }).click();
      await expectCallStatus(second, 'Call ended');
    });
  });

  it('shows the tag dialog in both tabs, with the same picks whichever tab picks, until one saves', async () => {
    await withDesktopTabs('memory', 2, async ([first, second]) => {
      if (first === undefined || second === undefined) throw new Error('two tabs expected');
      await elsewhere(second).waitFor();
      // The tab without the phone dials on the line that demands tags; the far side answers.
      await dialOut(second, 'Support UK');
      await farSide(first, 'memory').getByRole('button', { name: 'Remote answers' }).click();
      await expectCallStatus(first, 'Connected');
      await callBar(second).getByRole('button', { name: 'Hang up' }).click();
      await tagDialog(first).waitFor();
      await tagDialog(second).waitFor();

      const picked = (page: Page) => tagDialog(page).getByRole('checkbox').first();
      await picked(first).check();
      await expect.poll(() => picked(second).isChecked(), { timeout: 10_000 }).toBe(true);
      await tagDialog(second).getByRole('button', { name: 'Save tags' }).click();
      await tagDialog(second).waitFor({ state: 'hidden' });
      await tagDialog(first).waitFor({ state: 'hidden' });
      await expectCallStatus(first, 'Call ended');
      await expectCallStatus(second, 'Call ended');
    });
  });
});
