import { createPostMessageTransport } from '@dialer-kit/core';
import '@dialer-kit/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultBusUrl } from './defaultBusUrl';
import { exposeHostHooks } from './exposeHostHooks';
import { HostApp } from './HostApp';

// The iframe and its transport are made before React renders, so the transport sees the frame's first
// `load` and queues REGISTER until then.
const busUrl = new URL(
  new URLSearchParams(window.location.search).get('bus') ?? defaultBusUrl(window.location),
);
const frames = document.getElementById('frames') as HTMLElement;
const iframe = document.createElement('iframe');
iframe.name = 'bus';
iframe.title = 'Dialer bus';
iframe.src = busUrl.href;
frames.append(iframe);
const transport = createPostMessageTransport({ frame: iframe, origin: busUrl.origin });
const hooks = exposeHostHooks(window, { iframe, transport, frames });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <HostApp transport={transport} onConnection={hooks.recordConnection} />
  </StrictMode>,
);
