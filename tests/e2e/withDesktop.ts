import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { type BusMode, type DemoOptions, openDesktop, saveScreenshot } from './demoPage';

let browser: Promise<Browser> | undefined;
/** Idle tabs by the mode they served last: a frame-mode tab keeps its bus-origin process warm. */
const idleTabs: Record<BusMode, Page[]> = { memory: [], frame: [] };

/**
 * A tab alone in its own browser context, on the project's Chromium (the global setup closes it). Alone,
 * because a tab behind another one in the same window gets its input acknowledged only every second or
 * two, which makes every click of a concurrent journey crawl.
 */
async function newTab(): Promise<Page> {
  return (await newContext()).newPage();
}

/** A fresh browser context on the project's Chromium, with clean storage in every document. */
async function newContext(): Promise<BrowserContext> {
  browser ??= chromium.connect(inject('chromium'));
  // Reduced motion turns the kit's colour transitions off, so axe never measures a colour mid-way.
  const context = await (await browser).newContext({
    viewport: { width: 1280, height: 1240 },
    reducedMotion: 'reduce',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Every document starts from clean storage: no journey reloads, and the tab may have served another
  // journey (the kit keeps picked tags in sessionStorage, the page its theme in localStorage).
  await context.addInitScript(() => {
    try {
      window.sessionStorage.clear();
      window.localStorage.clear();
    } catch {
      // Storage is blocked on some frames (opaque origins): nothing to forget there.
    }
  });
  return context;
}

/**
 * Runs `body` on `count` tabs of the agent desktop in one browser context (one agent's desk open in several
 * tabs: they share one bus), opened one after the other; fails on an uncaught error in any of them.
 */
export async function withDesktopTabs(
  mode: BusMode,
  count: number,
  body: (pages: Page[]) => Promise<void>,
): Promise<void> {
  const context = await newContext();
  const errors: string[] = [];
  try {
    const pages: Page[] = [];
    for (let n = 0; n < count; n += 1) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await openDesktop(page, mode);
      pages.push(page);
    }
    await body(pages);
    expect(errors, 'uncaught errors in the pages').toEqual([]);
  } finally {
    await context.close();
  }
}

/**
 * Runs one journey on a freshly loaded agent desktop, and fails it if the page threw an uncaught error.
 * The tab comes from a small pool (the e2e project does not isolate its files, so the pool outlives a
 * file): a new document in a used tab costs the browser about a fifth of the CPU of a new tab (no new
 * renderer process, warm script cache), which decides whether the project fits its time budget on two
 * cores. A tab whose journey failed is closed, not reused.
 */
export async function withDesktop(
  mode: BusMode,
  body: (page: Page) => Promise<void>,
  options: DemoOptions = {},
): Promise<void> {
  const page =
    idleTabs[mode].pop() ?? idleTabs[mode === 'memory' ? 'frame' : 'memory'].pop() ?? (await newTab());
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  let passed = false;
  try {
    await openDesktop(page, mode, options);
    await body(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
    passed = true;
  } finally {
    page.off('pageerror', onError);
    if (passed) idleTabs[mode].push(page);
    else {
      // What the agent saw when the journey failed is the most useful artefact of a red run.
      const name = (expect.getState().currentTestName ?? 'journey').replace(/[^\w-]+/g, '-').slice(0, 120);
      await saveScreenshot(page, mode, `failed-${name}`).catch(() => undefined);
      await page.context().close();
    }
  }
}
