// The test bus served as a page for an app's end-to-end tests (`@dialer-kit/testing/playwright`): the app
// loads it in its bus iframe; it speaks real postMessage to `window.parent` (only to the origin that
// registered) and exposes its far-side verbs as `window.__dialerTestBus` for the test to call.
import { busQuerySettings, createParentLink, parseBusQuery } from '@dialer-kit/simulator';
import { createTestBus } from '../createTestBus';

const bus = createTestBus({
  clock: 'real',
  ...busQuerySettings(parseBusQuery(new URLSearchParams(window.location.search))),
});
const link = createParentLink({
  self: window,
  parent: window.parent,
  onMessage: (message) => bus.receive(message, link.registeredOrigin),
});
bus.simulator.onEmit((message) => {
  link.post(message);
});

const status = document.getElementById('status');
bus.simulator.onChange(() => {
  const { call } = bus.simulator.getSnapshot();
  if (status !== null) status.textContent = call === undefined ? 'No call' : `${call.flow}/${call.status}`;
});

Object.defineProperty(window, '__dialerTestBus', { value: bus });
