import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBusFrame } from '../../packages/testing/src/playwright/index';
import { launchChromium } from '../support/launchChromium';

/** How long the bus page's script takes to arrive: long after the frame is there and the first check made. */
const SCRIPT_DELAY_MS = 800;

function listen(handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server): number => (server.address() as AddressInfo).port;

let browser: Browser;
let bus: Server;
let host: Server;

beforeAll(async () => {
  // A bus page (on `localhost`, another origin than the host's `127.0.0.1`) whose script comes late: the
  // frame's address is the bus's well before `__dialerTestBus` exists, as on a busy machine.
  [browser, bus, host] = await Promise.all([
    launchChromium(),
    listen((request, response) => {
      if (request.url === '/bus.js') {
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'text/javascript' });
          response.end('window.__dialerTestBus = {};');
        }, SCRIPT_DELAY_MS);
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><html lang="en"><title>bus</title><script src="/bus.js"></script></html>');
    }),
    listen((request, response) => {
      const query = new URL(request.url ?? '/', 'http://host.invalid').searchParams;
      const busUrl = query.get('bus') ?? '';
      const hidden = query.has('hidden');
      // The frame is made after the page's load event, as an app makes it in an effect.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        `<!doctype html><html lang="en"><title>host</title><main>host</main><script>
          setTimeout(() => {
            const frame = document.createElement('iframe');
            Object.assign(frame, { src: ${JSON.stringify(busUrl)}, title: 'Dialer bus', hidden: ${hidden} });
            document.body.append(frame);
          }, 100);
        </script></html>`,
      );
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  bus?.close();
  host?.close();
});

describe('testBusFrame (@dialer-kit/testing/playwright)', () => {
  // Chromium runs no animation frame in a hidden frame of another origin: a wait that re-checked only then
  // never saw the script arrive (the consumer app's tagging journey timed out so, now and then).
  it.each([
    ['a hidden iframe (as the README makes it)', true],
    ['a shown iframe', false],
  ])('finds the bus page in %s once its script has run', async (_name, hidden) => {
    const page = await browser.newPage();
    try {
      const busOrigin = `http://localhost:${portOf(bus)}`;
      const query = new URLSearchParams({ bus: `${busOrigin}/`, ...(hidden ? { hidden: '1' } : {}) });
      await page.goto(`http://127.0.0.1:${portOf(host)}/?${query}`);
      const started = Date.now();
      const found = await testBusFrame(page, { origin: busOrigin }, 3_000);
      expect(found.frame.url()).toBe(`${busOrigin}/`);
      expect(await found.frame.evaluate(() => '__dialerTestBus' in window, undefined)).toBe(true);
      // It waited for the script, and not to the deadline.
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await page.close();
    }
  });
});
