import { type Browser, type BrowserServer, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`), headless and quiet; nothing is downloaded. */
function launchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  };
}

/** Launches Debian's Chromium for one test file (`extraArgs`: more command-line switches). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch(launchOptions(extraArgs));
}

/** Starts Debian's Chromium as a server that test workers `chromium.connect` to (one browser per project). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ ...launchOptions(), host: '127.0.0.1' });
}
