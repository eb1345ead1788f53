import { type BusConnection, createPostMessageTransport, type PostMessageTransport } from '@dialer-kit/core';
import '@dialer-kit/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultBusUrl } from './defaultBusUrl';
import { exposeHostHooks } from './exposeHostHooks';
import { HostApp, type HostTuning } from './HostApp';

const params = new URLSearchParams(window.location.search);
const busUrl = new URL(params.get('bus') ?? defaultBusUrl(window.location));
const frames = document.getElementById('frames') as HTMLElement;
const hooks = exposeHostHooks(window, frames);
/** A positive number of milliseconds from the query, if given. */
function queryMs(name: string): number | undefined {
  const value = Number(params.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
// `silence=<ms>`: the kit's watchdog limit (default 30 s), short for the browser tests. `registerRetry=<ms>`:
// how long the kit waits for REGISTER's answer before sending it again (default 500 ms).
const silenceLimitMs = queryMs('silence');
const registerRetryMs = queryMs('registerRetry');
const tuning: HostTuning = {
  ...(silenceLimitMs === undefined ? {} : { silenceLimitMs }),
  ...(registerRetryMs === undefined ? {} : { registerRetryMs }),
};

/** Adds the bus iframe and its transport (made before React renders, so it sees the frame's first `load`). */
function openBus(url: URL): { readonly transport: PostMessageTransport; close(): void } {
  const iframe = document.createElement('iframe');
  iframe.name = 'bus';
  iframe.title = 'Dialer bus';
  iframe.src = url.href;
  frames.append(iframe);
  const transport = createPostMessageTransport({ frame: iframe, origin: url.origin });
  hooks.attach(iframe, transport);
  return {
    transport,
    close() {
      transport.close();
      iframe.remove();
    },
  };
}

const root = createRoot(document.getElementById('root') as HTMLElement);
if (params.get('tabs') === 'shared') {
  // The tabs of this page share one bus: only the tab that owns it opens the bus frame, which hands its
  // calls to the next bus page when another tab takes over (`handover=1`).
  const sharedUrl = new URL(busUrl);
  sharedUrl.searchParams.set('handover', '1');
  const connect = (): BusConnection => openBus(sharedUrl);
  root.render(
    <StrictMode>
      <HostApp connect={connect} hooks={hooks} tuning={tuning} />
    </StrictMode>,
  );
} else {
  const { transport } = openBus(busUrl);
  root.render(
    <StrictMode>
      <HostApp transport={transport} hooks={hooks} tuning={tuning} />
    </StrictMode>,
  );
}
