import { describe, expect, it } from 'vitest';
import { BUS_MODES, callBar, dialPadCall, expectCallStatus, farSide, typeOnKeypad } from './demoPage';
import { withDesktop } from './withDesktop';

describe.each(BUS_MODES)('with the %s bus', (mode) => {
  describe('an outgoing call', () => {
    it('rings from the chosen line, connects when the remote answers, and ends on Hang up', async () => {
      await withDesktop(mode, async (page) => {
        await page.getByRole('combobox', { name: 'Line' }).selectOption({ label: 'Sales US' });
        await typeOnKeypad(page, '+14155550199');
        expect(await page.getByRole('textbox', { name: 'Phone number' }).inputValue()).toBe('+14155550199');
        await dialPadCall(page).click();
        await expectCallStatus(page, 'Ringing');
        // The demo's CRM knows the customer: the bar names them once `resolveContact` answers.
        await callBar(page).getByText('Grace Hopper').waitFor();

        await farSide(page, mode).getByRole('button', { name: 'Remote answers' }).click();
        await expectCallStatus(page, 'Connected');
        await callBar(page).getByRole('button', { name: 'Mute' }).waitFor();
        expect(await callBar(page).textContent()).toContain('Sales US · +1 415 555 0123');

        await callBar(page).getByRole('button', { name: 'Hang up' }).click();
        await expectCallStatus(page, 'Call ended');
        await callBar(page).getByRole('button', { name: 'Done' }).click();
        await expectCallStatus(page, 'No call');
      });
    });
  });

  describe('an incoming call', () => {
    it('shows the banner, and Accept connects it', async () => {
      await withDesktop(mode, async (page) => {
        await farSide(page, mode).getByRole('button', { name: 'Incoming external call' }).click();
        const banner = page.getByRole('region', { name: 'Incoming call' });
        await banner.waitFor();
        expect(await banner.textContent()).toContain('Incoming call from');

        await banner.getByRole('button', { name: 'Accept' }).click();
        await expectCallStatus(page, 'Connected');
        await banner.waitFor({ state: 'detached' });
        await callBar(page).getByRole('button', { name: 'Hang up' }).waitFor();
      });
    });

    it('goes away on Reject, and the call ends without connecting', async () => {
      await withDesktop(mode, async (page) => {
        await farSide(page, mode).getByRole('button', { name: 'Incoming external call' }).click();
        const banner = page.getByRole('region', { name: 'Incoming call' });
        await banner.getByRole('button', { name: 'Reject' }).click();
        await banner.waitFor({ state: 'detached' });
        await expectCallStatus(page, 'Call ended');
        expect(await callBar(page).getByRole('button', { name: 'Hang up' }).count()).toBe(0);
      });
    });
  });
});
