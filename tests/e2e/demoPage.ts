import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { eventually } from './eventually';

/** Where the agent desktop gets its bus: the in-process simulator, or the bus-simulator iframe. */
export type BusMode = 'memory' | 'frame';

/** Both modes, for `describe.each`. */
export const BUS_MODES: readonly BusMode[] = ['memory', 'frame'];

/** Query parameters of the agent desktop (see the page contract). */
export interface DemoOptions {
  /** Simulator latency in ms; short by default so journeys run fast (the states stay manual). */
  readonly latency?: number;
  /** After-call work length in seconds. */
  readonly wrapup?: number;
}

/** Where the far side's controls are found: a `Locator` (the panel) or a `FrameLocator` (the iframe). */
export type LocatorRoot = Locator | FrameLocator;

const RESULTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

/** The agent desktop's address for `mode`, served by the e2e global setup. */
function desktopUrl(mode: BusMode, options: DemoOptions = {}): string {
  const { desktop, bus } = inject('demo');
  const query = new URLSearchParams();
  if (mode === 'frame') {
    query.set('bus', 'frame');
    query.set('busUrl', `${bus}/`);
  }
  query.set('latency', String(options.latency ?? 20));
  if (options.wrapup !== undefined) query.set('wrapup', String(options.wrapup));
  return `${desktop}/?${query}`;
}

/** The far side's controls: the in-process panel, or the same buttons inside the bus iframe. */
export function farSide(page: Page, mode: BusMode): LocatorRoot {
  return mode === 'frame'
    ? page.frameLocator('iframe[title="Dialer bus"]')
    : page.getByRole('complementary', { name: 'Far side' });
}

/** The kit's call bar. */
export const callBar = (page: Page): Locator => page.getByRole('region', { name: 'Call', exact: true });

/** The call bar's status in words ("Ringing", "Warm transfer: Connected"). */
const callStatus = (page: Page): Promise<string> =>
  callBar(page)
    .getByRole('status')
    .textContent()
    .then((text) => text ?? '');

/** Waits until the call bar shows `status`. */
export async function expectCallStatus(page: Page, status: string): Promise<void> {
  await eventually(() => callStatus(page), status);
}

/** The header's status naming the state of the link to the bus. */
const busConnection = (page: Page): Locator => page.getByRole('status', { name: 'Bus connection' });

/** Loads the agent desktop for `mode` in `page` (logged in: the default session) until the kit is connected. */
export async function openDesktop(page: Page, mode: BusMode, options: DemoOptions = {}): Promise<void> {
  const response = await page.goto(desktopUrl(mode, options));
  // The demo is built while the run sets up; a failed build answers 500 with its error.
  if (response !== null && !response.ok()) throw new Error(`the demo did not load: ${await response.text()}`);
  await waitUntilReady(page);
}

/** Waits until the header says the dialer is connected. */
async function waitUntilReady(page: Page): Promise<void> {
  await eventually(() => busConnection(page).textContent(), 'Dialer connected', 10_000);
}

/** The agent's lines (the simulator's defaults); "Support UK" demands tags after each call. */
export type LineName = 'Sales US' | 'Support UK';

/** The dial pad's Call button. */
export const dialPadCall = (page: Page): Locator =>
  page.getByRole('form', { name: 'Dial pad' }).getByRole('button', { name: 'Call', exact: true });

/** Types `number` on the dial pad's keys, one click per character. */
export async function typeOnKeypad(page: Page, number: string): Promise<void> {
  const pad = page.getByRole('form', { name: 'Dial pad' });
  for (const key of number) await pad.getByRole('button', { name: key, exact: true }).click();
}

/** Picks the line to call from, types `number` in the "Phone number" box, presses Call and waits for ringing. */
export async function dialOut(page: Page, line: LineName, number = '+14155550199'): Promise<void> {
  await page.getByRole('combobox', { name: 'Line' }).selectOption({ label: line });
  await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
  await dialPadCall(page).click();
  await expectCallStatus(page, 'Ringing');
}

/** Dials out and lets the far side answer: the call is connected. */
export async function connectOutgoing(page: Page, mode: BusMode, line: LineName = 'Sales US'): Promise<void> {
  await dialOut(page, line);
  await farSide(page, mode).getByRole('button', { name: 'Remote answers' }).click();
  await expectCallStatus(page, 'Connected');
}

/** Saves a screenshot (the viewport holds the whole page) to `test-results/e2e/<mode>-<state>.png`. */
export async function saveScreenshot(page: Page, mode: BusMode, state: string): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}${mode}-${state}.png` });
}
