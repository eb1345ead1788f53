/**
 * The parts of Playwright's `Page`, `Frame` and `Locator` the helpers use, so that any Playwright (the
 * `playwright-core` and `@playwright/test` pages alike, any recent version) fits without this package
 * depending on it.
 */
export interface PlaywrightLocator {
  click(): Promise<void>;
  check(): Promise<void>;
  fill(value: string): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden' }): Promise<void>;
  and(locator: PlaywrightLocator): PlaywrightLocator;
  getByRole(role: 'button' | 'checkbox', options: { name: string; exact?: boolean }): PlaywrightLocator;
}

/** A frame of the page: the bus iframe. */
export interface PlaywrightFrame {
  url(): string;
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForFunction(
    pageFunction: () => unknown,
    arg: undefined,
    options: { timeout: number; polling: number },
  ): Promise<unknown>;
}

/** The app's page. */
export interface PlaywrightPage {
  frames(): PlaywrightFrame[];
  waitForTimeout(ms: number): Promise<void>;
  getByRole(
    role: 'button' | 'checkbox' | 'dialog' | 'form' | 'textbox',
    options: { name: string; exact?: boolean },
  ): PlaywrightLocator;
  locator(selector: string): PlaywrightLocator;
}
