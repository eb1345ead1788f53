import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/launchChromium';
import { openDesktop, saveScreenshot } from './demoPage';
import { eventually } from './eventually';

/**
 * The alerts of an offered call (`<OfferAlerts />` in the demo's header) in real Chromium, notifications
 * granted through CDP. Two things are emulated by an init script, each as close to the browser as it gets:
 * the hidden page (headless Chromium reports every page visible: `document.visibilityState` takes the value
 * the test sets, with `visibilitychange`), and the autoplay policy (headless Chromium 156 plays sound with
 * or without user activation, whatever `--autoplay-policy` says: measured), so `play()` refuses with
 * `NotAllowedError` until the page got a trusted click or key, as Chromium's default policy does. (Not
 * `navigator.userActivation`: Playwright evaluates its scripts and locators with a user gesture.) The
 * script also records each notification made and each `play()` (its real outcome: the kit's generated tone
 * does play) and `pause()`.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const TITLE = 'dialer-kit agent desktop';
const CALLER = '+14155550199';
/** The caller as the page shows it: numbers in international format. */
const CALLER_SHOWN = '+1 415 555 0199';
/** The caller as the demo's CRM names them, 400 ms after the offer (`resolveContact`). */
const CALLER_NAME = 'Grace Hopper';
const FLASH = `☎ Incoming call – ${CALLER_NAME}`;

interface AlertsWindow {
  __setVisibility(state: 'visible' | 'hidden'): void;
  __notifications: { title: string; body: string | undefined; closed: boolean }[];
  __plays: string[];
  readonly __demo: { readonly bus?: { incomingCall(options: { type: 'external'; from: string }): unknown } };
}

function emulatePage(): void {
  const w = window as unknown as AlertsWindow;
  let visibility = 'visible';
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => visibility });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => visibility === 'hidden' });
  w.__setVisibility = (state) => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  const notifications: AlertsWindow['__notifications'] = [];
  w.__notifications = notifications;
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      const entry = { title, body: options?.body, closed: false };
      notifications.push(entry);
      const close = this.close.bind(this);
      this.close = () => {
        entry.closed = true;
        close();
      };
    }
  }
  window.Notification = Recorded;
  const plays: string[] = [];
  w.__plays = plays;
  let activated = false;
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(
      type,
      (event) => {
        activated ||= event.isTrusted;
      },
      true,
    );
  }
  const { play, pause } = HTMLMediaElement.prototype;
  HTMLMediaElement.prototype.play = function recordedPlay(this: HTMLMediaElement) {
    const result = activated
      ? play.call(this)
      : Promise.reject(new DOMException('play() needs a user gesture first', 'NotAllowedError'));
    result.then(
      () => plays.push('playing'),
      (error: Error) => plays.push(error.name),
    );
    return result;
  };
  HTMLMediaElement.prototype.pause = function recordedPause(this: HTMLMediaElement) {
    plays.push('paused');
    pause.call(this);
  };
}

/** The demo in a fresh browser context, notifications granted to it through CDP. */
async function openAlertsDesk(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1240 } });
  await context.addInitScript(emulatePage);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.grantPermissions', {
    origin: new URL(inject('demo').desktop).origin,
    ...(targetInfo.browserContextId === undefined ? {} : { browserContextId: targetInfo.browserContextId }),
    permissions: ['notifications'],
  });
  await openDesktop(page, 'memory');
  return page;
}

const notifications = (page: Page) =>
  page.evaluate(() => (window as unknown as AlertsWindow).__notifications.map((n) => ({ ...n })));
const plays = (page: Page) => page.evaluate(() => [...(window as unknown as AlertsWindow).__plays]);
const setVisibility = (page: Page, state: 'visible' | 'hidden') =>
  page.evaluate((s) => (window as unknown as AlertsWindow).__setVisibility(s), state);
/** An offer from the far side, made without a click in the page (a click would let it play sound). */
const offer = (page: Page) =>
  page.evaluate(
    (from) => void (window as unknown as AlertsWindow).__demo.bus?.incomingCall({ type: 'external', from }),
    CALLER,
  );
const banner = (page: Page) => page.getByRole('region', { name: 'Incoming call' });

/** The titles the page shows over `ms`, each once, in order of appearance. */
async function titlesOver(page: Page, ms: number): Promise<string[]> {
  const seen: string[] = [];
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const title = await page.title();
    if (!seen.includes(title)) seen.push(title);
    await page.waitForTimeout(100);
  }
  return seen;
}

describe('the alerts of an offered call, in Chromium', () => {
  it('notifies a hidden tab and flashes its title until the offer goes; blocked sound is enabled by one click', async () => {
    const page = await openAlertsDesk();
    expect(await page.title()).toBe(TITLE);
    expect(await page.evaluate(() => Notification.permission)).toBe('granted');
    // Granted before the page loaded: the desk does not offer to ask for it.
    expect(await page.getByRole('button', { name: 'Enable notifications' }).count()).toBe(0);
    await setVisibility(page, 'hidden');
    await offer(page);
    await banner(page).waitFor();

    // Notified at once by number, then again by name once the CRM answered (same tag: the system replaces it).
    await eventually(
      () => notifications(page),
      [
        { title: `Incoming call from ${CALLER_SHOWN}`, body: 'External call', closed: true },
        { title: `Incoming call from ${CALLER_NAME}`, body: 'External call', closed: false },
      ],
    );
    expect(await titlesOver(page, 2_200)).toEqual(expect.arrayContaining([FLASH, TITLE]));
    // No click in the page yet: the browser refused the ringtone, and the page says so.
    await eventually(() => plays(page), ['NotAllowedError']);
    const enable = page.getByRole('button', { name: 'Enable sound' });
    await enable.waitFor();
    expect(await page.getByText('The browser blocked the ringtone.').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'memory', 'offer-sound-blocked');

    await enable.click();
    await eventually(() => plays(page), ['NotAllowedError', 'playing']);
    await enable.waitFor({ state: 'detached' });

    await banner(page).getByRole('button', { name: 'Reject' }).click();
    await banner(page).waitFor({ state: 'detached' });
    await eventually(() => notifications(page).then((list) => list.map((n) => n.closed)), [true, true]);
    await eventually(() => page.title(), TITLE);
    expect(await plays(page)).toEqual(['NotAllowedError', 'playing', 'paused']);
    expect(await titlesOver(page, 1_200)).toEqual([TITLE]);

    // The next offer rings at once (the page was clicked) and names the caller at once (the kit keeps the
    // CRM's answer); the tab shown again ends notification and flash.
    await offer(page);
    await eventually(
      () => notifications(page).then((list) => list.slice(2)),
      [{ title: `Incoming call from ${CALLER_NAME}`, body: 'External call', closed: false }],
    );
    await eventually(() => plays(page).then((list) => list.at(-1)), 'playing');
    await setVisibility(page, 'visible');
    await eventually(() => notifications(page).then((list) => list.map((n) => n.closed)), [true, true, true]);
    await eventually(() => page.title(), TITLE);
    expect(await titlesOver(page, 1_200)).toEqual([TITLE]);
    // Visible, it still rings: the ringtone is for any tab, the notification and flash for hidden ones.
    expect((await plays(page)).at(-1)).toBe('playing');
    await page.context().close();
  });
});
