import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { type HostPage, newRecordingContext, openHostPage } from './hostPage';
import { serveTwoOrigins, type TwoOrigins } from './serveTwoOrigins';

let origins: TwoOrigins;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [origins, browser] = await Promise.all([serveTwoOrigins(), launchChromium()]);
  context = await newRecordingContext(browser);
});

afterAll(async () => {
  await browser?.close();
  await origins?.close();
});

const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** What the page's native dialog reports: open, modal (`:modal`), and whether it holds the focus. */
const dialogState = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog');
    return {
      open: dialog?.open ?? false,
      modal: dialog?.matches(':modal') ?? false,
      focusInside: dialog?.contains(document.activeElement) ?? false,
    };
  });

/** The focused element, as `tag "accessible-ish name"` (aria-label, else its text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return 'none';
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
    const name = el.getAttribute('aria-label') ?? label ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.tagName.toLowerCase()} "${name}"`;
  });

/** Records the dialog's `cancel` and `close` events from now on (a forced close would show up here). */
const recordDialogEvents = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const dialog = document.querySelector('dialog');
    for (const type of ['cancel', 'close']) dialog?.addEventListener(type, () => seen.push(type));
    Object.defineProperty(window, '__dialogEvents', { value: seen });
  });
const dialogEvents = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __dialogEvents: string[] }).__dialogEvents]);

/**
 * Opens a host whose bus line demands tags, dials from the host, lets the far side answer and hangs up
 * from the call bar: the bus then waits in `mandatoryTagging`.
 */
async function withTaggingHost(body: (host: HostPage) => Promise<void>, on: BrowserContext = context) {
  const host = await openHostPage(on, origins, { tagging: 'mandatory' });
  try {
    await host.waitFor('connection', 'ready');
    await host.dial();
    await host.waitFor('call-status', 'ringing');
    await host.bus.getByRole('button', { name: 'Remote answers' }).click();
    await host.waitFor('call-status', 'connected');
    await host.page.getByRole('button', { name: 'Hang up' }).click();
    await host.waitFor('call-status', 'mandatoryTagging');
    await host.page.getByRole('dialog', { name: 'Tag this call' }).waitFor();
    await body(host);
  } finally {
    await host.close();
  }
}

describe('the mandatory tag dialog in Chromium', () => {
  it('opens "Tag this call" as a modal with focus on its first tag', async () => {
    await withTaggingHost(async ({ page }) => {
      expect(await dialogState(page)).toEqual({ open: true, modal: true, focusInside: true });
      expect(await focused(page)).toBe('input "Qualified lead"');
      const dialog = page.getByRole('dialog', { name: 'Tag this call' });
      expect(await dialog.getByRole('checkbox').count()).toBe(4);
      expect(await dialog.getByRole('button').allTextContents()).toEqual(['Save tags']);
      await mkdir(RESULTS, { recursive: true });
      await page.screenshot({ path: `${RESULTS}tag-modal.png` });
    });
  });
});

describe('while the bus waits in mandatoryTagging', () => {
  it('stays open through Escape, a quick double Escape and a click on the backdrop', async () => {
    await withTaggingHost(async (host) => {
      const { page } = host;
      await recordDialogEvents(page);
      await page.keyboard.press('Escape');
      expect(await dialogState(page)).toMatchObject({ open: true, modal: true });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      // The close event would be queued: give it a frame to arrive before looking.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      expect(await dialogState(page)).toEqual({ open: true, modal: true, focusInside: true });

      // Where the Call button is drawn: the click lands on the backdrop, not on the inert form.
      const call = await page.locator('form[aria-label="Dial"] button').boundingBox();
      if (call === null) throw new Error('the Call button is not drawn');
      await page.mouse.click(call.x + call.width / 2, call.y + call.height / 2);
      await page.mouse.click(4, 4);
      expect(await dialogState(page)).toEqual({ open: true, modal: true, focusInside: true });
      // Not even a close that the component would undo: the dialog never left the top layer.
      expect(await dialogEvents(page)).not.toContain('close');
      expect(await host.busCount('DIALER.DIAL')).toBe(1);
      expect(await host.readout('call-status')).toBe('mandatoryTagging');
    });
  });

  it('neither saves nor closes when "Save tags" is pressed with no tag picked', async () => {
    await withTaggingHost(async (host) => {
      const save = host.page.getByRole('button', { name: 'Save tags' });
      expect(await save.getAttribute('aria-disabled')).toBe('true');
      // A person can still press a button that is only aria-disabled: click it, then Enter and Space on it.
      await save.click({ force: true });
      await save.focus();
      await host.page.keyboard.press('Enter');
      await host.page.keyboard.press('Space');
      expect(await host.busCount('DIALER.SET_TAGS')).toBe(0);
      expect(await dialogState(host.page)).toMatchObject({ open: true, modal: true });
    });
  });

  it('shows the refusal of a tag the bus does not know, stays open, and saves a valid tag on retry', async () => {
    await withTaggingHost(async (host) => {
      const { page } = host;
      const dialog = page.getByRole('dialog', { name: 'Tag this call' });
      await dialog.getByRole('checkbox', { name: 'Retired campaign' }).check();
      await dialog.getByRole('button', { name: 'Save tags' }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('Tags could not be saved. Tag 190 not found');
      expect(await dialogState(page)).toMatchObject({ open: true, modal: true });
      expect(await host.readout('call-status')).toBe('mandatoryTagging');
      await mkdir(RESULTS, { recursive: true });
      await page.screenshot({ path: `${RESULTS}tag-modal-rejected.png` });

      await dialog.getByRole('checkbox', { name: 'Retired campaign' }).uncheck();
      await dialog.getByRole('checkbox', { name: 'Follow-up' }).check();
      await dialog.getByRole('button', { name: 'Save tags' }).click();
      await host.waitFor('call-status', 'ended');
      await expect.poll(async () => (await dialogState(page)).open).toBe(false);
      expect(await host.busCount('DIALER.SET_TAGS')).toBe(2);
      // Hang up had the focus and is gone; the call bar kept it, so the dialog gives it back to the bar,
      // whose next stop is Done.
      expect(await page.getByRole('button', { name: 'Hang up' }).count()).toBe(0);
      expect(await focused(page)).toBe('section "Call"');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button "Done"');
    });
  });
});

describe('in an engine without showModal (as before <dialog>)', () => {
  /** What the fallback modal shows: its ARIA, whether the page behind is inert, where the focus is. */
  const fallbackState = (page: Page) =>
    page.evaluate(() => {
      const dialog = document.querySelector('dialog');
      const dial = document.querySelector('form[aria-label="Dial"]');
      return {
        open: dialog?.hasAttribute('open') ?? false,
        role: dialog?.getAttribute('role'),
        ariaModal: dialog?.getAttribute('aria-modal'),
        pageInert: dial?.closest('[inert]') !== null,
        focusInside: dialog?.contains(document.activeElement) ?? false,
      };
    });

  it('opens as a modal with the page inert, keeps Tab inside, ignores Escape, and frees the page once saved', async () => {
    const legacy = await newRecordingContext(browser);
    await legacy.addInitScript(() => {
      Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
    });
    try {
      await withTaggingHost(async (host) => {
        const { page } = host;
        expect(await page.evaluate(() => typeof HTMLDialogElement.prototype.showModal)).toBe('undefined');
        expect(await fallbackState(page)).toEqual({
          open: true,
          role: 'dialog',
          ariaModal: 'true',
          pageInert: true,
          focusInside: true,
        });
        expect(await focused(page)).toBe('input "Qualified lead"');
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe('input "Follow-up"');
        // Round the dialog both ways: focus is only ever inside it (or, past its last control, off the page).
        for (const key of [...Array<string>(7).fill('Tab'), ...Array<string>(7).fill('Shift+Tab')]) {
          await page.keyboard.press(key);
          const where = await page.evaluate(() => {
            const active = document.activeElement;
            return active === null || active === document.body
              ? 'page'
              : active.closest('dialog')
                ? 'dialog'
                : 'outside';
          });
          expect(where, `after ${key}`).not.toBe('outside');
        }
        await page.getByRole('checkbox', { name: 'Follow-up' }).focus();
        await page.keyboard.press('Escape');
        expect(await fallbackState(page)).toMatchObject({ open: true, focusInside: true });

        const dialog = page.getByRole('dialog', { name: 'Tag this call' });
        await dialog.getByRole('checkbox', { name: 'Follow-up' }).check();
        await dialog.getByRole('button', { name: 'Save tags' }).click();
        await host.waitFor('call-status', 'ended');
        await expect.poll(async () => (await fallbackState(page)).open).toBe(false);
        expect(await fallbackState(page)).toMatchObject({ role: null, ariaModal: null, pageInert: false });
        expect(await focused(page)).toBe('section "Call"');
      }, legacy);
    } finally {
      await legacy.close();
    }
  });
});
