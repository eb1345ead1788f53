import { describe, expect, it } from 'vitest';
import { BUS_MODES, callBar, connectOutgoing, expectCallStatus, farSide, saveScreenshot } from './demoPage';
import { eventually } from './eventually';
import {
  injectFailure,
  reachConnectedTransfer,
  startTransfer,
  transferParties,
  transferRegion,
} from './transferRegion';
import { withDesktop } from './withDesktop';

const TRANSFEREE = '+442079460000';
/** The transferee as the page shows it: international format. */
const TRANSFEREE_SHOWN = '+44 20 7946 0000';

describe.each(BUS_MODES)('with the %s bus', (mode) => {
  describe('a warm transfer', () => {
    it('calls the transferee with the customer on hold, swaps between them, and merges', async () => {
      await withDesktop(mode, async (page) => {
        await connectOutgoing(page, mode);
        await startTransfer(page, TRANSFEREE);
        await expectCallStatus(page, 'Warm transfer: Ringing');
        const ringing = await transferParties(page);
        expect(Object.keys(ringing)).toEqual(['Calling', 'On hold']);
        expect(ringing.Calling).toContain(TRANSFEREE_SHOWN);

        await farSide(page, mode).getByRole('button', { name: 'Transferee answers' }).click();
        await expectCallStatus(page, 'Warm transfer: Connected');
        const before = await transferParties(page);
        expect(before['Talking with']).toContain(TRANSFEREE_SHOWN);

        await transferRegion(page).getByRole('button', { name: 'Swap' }).click();
        await eventually<Record<string, string | undefined>>(() => transferParties(page), {
          'Talking with': before['On hold'],
          'On hold': before['Talking with'],
        });

        await transferRegion(page).getByRole('button', { name: 'Merge' }).click();
        await expectCallStatus(page, 'Call ended');
        await transferRegion(page).waitFor({ state: 'detached' });
        // A merge and a hang-up both end the agent's call: the far side's log tells them apart.
        await farSide(page, mode)
          .getByRole('list', { name: 'Simulator log' })
          .getByText('DIALER.MERGE_WARM_TRANSFER')
          .waitFor();
      });
    });
  });

  describe('when the bus fails the next swap', () => {
    it('says the swap failed, keeps the parties, and a second swap works', async () => {
      await withDesktop(mode, async (page) => {
        await reachConnectedTransfer(page, mode, TRANSFEREE);
        const before = await transferParties(page);
        await injectFailure(page, mode, 'swap');
        const swap = transferRegion(page).getByRole('button', { name: 'Swap' });
        await swap.click();

        // A polite notice: read out without taking focus.
        const notice = transferRegion(page).locator('[aria-live="polite"]', { hasText: /^Swap failed\./ });
        await notice.waitFor({ timeout: 10_000 });
        expect(await transferParties(page)).toEqual(before);
        await saveScreenshot(page, mode, 'swap-failed');

        await eventually(() => swap.getAttribute('aria-disabled'), null);
        await swap.click();
        await eventually<Record<string, string | undefined>>(() => transferParties(page), {
          'Talking with': before['On hold'],
          'On hold': before['Talking with'],
        });
      });
    });
  });

  describe('when the bus fails the next transfer start', () => {
    it('says the transfer could not start, stays on the call, and a retry rings the transferee', async () => {
      await withDesktop(mode, async (page) => {
        await connectOutgoing(page, mode);
        await injectFailure(page, mode, 'startWarmTransfer');
        await startTransfer(page, TRANSFEREE);

        const notice = transferRegion(page).locator('[aria-live="polite"]', {
          hasText: /^Transfer could not start\./,
        });
        await notice.waitFor();
        await expectCallStatus(page, 'Connected');
        await callBar(page).getByRole('button', { name: 'Hang up' }).waitFor();
        await saveScreenshot(page, mode, 'transfer-start-failed');

        await startTransfer(page, TRANSFEREE);
        await expectCallStatus(page, 'Warm transfer: Ringing');
      });
    });
  });
});
