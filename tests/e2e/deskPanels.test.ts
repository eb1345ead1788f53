import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callBar, connectOutgoing, expectCallStatus, farSide, saveScreenshot } from './demoPage';
import { eventually } from './eventually';
import { withDesktop } from './withDesktop';

const INVITEE = '+442079460018';
const SECOND = '+14155550188';
/** The numbers as the page shows them: international format. */
const SECOND_SHOWN = '+1 415 555 0188';
const INVITEE_SHOWN = '+44 20 7946 0018';

const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
const politeStatus = (panel: Locator): Promise<string> =>
  panel
    .getByRole('status')
    .textContent()
    .then((text) => text ?? '');

describe('the desk’s call panels, with the memory bus', () => {
  it('keeps the last call after Done, whose tags the agent corrects (API.UPDATE_CALL_TAGS)', async () => {
    await withDesktop('memory', async (page) => {
      await connectOutgoing(page, 'memory');
      await callBar(page).getByRole('button', { name: 'Hang up' }).click();
      await expectCallStatus(page, 'Call ended');
      const summary = region(page, 'Call summary');
      await summary.getByRole('checkbox', { name: 'Qualified lead' }).check();
      await summary.getByRole('button', { name: 'Save tags' }).click();
      await eventually(() => politeStatus(summary), 'Tags saved: Qualified lead');

      await callBar(page).getByRole('button', { name: 'Done' }).click();
      await expectCallStatus(page, 'No call');
      expect(await summary.getAttribute('data-state')).toBe('recent');
      await summary.getByRole('checkbox', { name: 'Qualified lead' }).uncheck();
      await summary.getByRole('checkbox', { name: 'Follow-up' }).check();
      await summary.getByRole('button', { name: 'Save tags' }).click();
      await eventually(() => politeStatus(summary), 'Tags saved: Follow-up');
      await saveScreenshot(page, 'memory', 'last-call-retagged');
    });
  });

  it('holds one participant of a conference, while the call bar’s Hold has nobody to hold', async () => {
    await withDesktop('memory', async (page) => {
      await connectOutgoing(page, 'memory');
      const conference = region(page, 'Conference');
      await conference.getByRole('textbox', { name: 'Invite to the call' }).fill(INVITEE);
      await conference.getByRole('button', { name: 'Invite' }).click();
      await expectCallStatus(page, 'Conference: Inviting');
      await farSide(page, 'memory').getByRole('button', { name: 'Remote answers' }).click();
      await expectCallStatus(page, 'Conference started');

      expect(await callBar(page).getByRole('button', { name: 'Hold' }).getAttribute('aria-disabled')).toBe(
        'true',
      );
      await conference.getByRole('button', { name: `Hold ${INVITEE_SHOWN}` }).click();
      await eventually(
        () => conference.getByRole('button', { name: `Hold ${INVITEE_SHOWN}` }).getAttribute('aria-pressed'),
        'true',
      );
      await eventually(() => politeStatus(conference), 'Conference: 2 on the call, 1 on hold.');
      await saveScreenshot(page, 'memory', 'conference-participant-held');
    });
  });

  it('names whom a second call rings, then both parties once answered', async () => {
    await withDesktop('memory', async (page) => {
      await connectOutgoing(page, 'memory');
      const second = region(page, 'Second call');
      await second.getByRole('textbox', { name: 'Second call to' }).fill(SECOND);
      await second.getByRole('button', { name: 'Start second call' }).click();
      await expectCallStatus(page, 'Second call: Ringing');
      await eventually(() => politeStatus(second), `Calling ${SECOND_SHOWN}. On hold: Grace Hopper.`);
      await farSide(page, 'memory').getByRole('button', { name: 'Remote answers' }).click();
      await eventually(() => politeStatus(second), `Talking with ${SECOND_SHOWN}. On hold: Grace Hopper.`);
      await saveScreenshot(page, 'memory', 'second-call');
    });
  });
});
