// Server-renders the provider with every component, where `window` and `document` do not exist and any
// read of them is recorded; prints what was touched, what React warned, and the markup.
const touched = [];
for (const name of ['window', 'document']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      touched.push(name);
      return undefined;
    },
  });
}
const warnings = [];
for (const level of ['error', 'warn']) console[level] = (...args) => warnings.push(args.join(' '));

const { createElement: h } = await import('react');
const { renderToString } = await import('react-dom/server');
const kit = await import('@dialer-kit/react');
const { createSimulatedBus } = await import('@dialer-kit/simulator');

const bus = createSimulatedBus({ session: 'restored' });
const components = [
  'AvailabilityBadge',
  'IncomingCallBanner',
  'CallBar',
  'DialPad',
  'WarmTransferControls',
  'MandatoryTagModal',
];
const html = renderToString(
  h(
    kit.DialerProvider,
    {
      transport: bus.transport,
      appName: 'ssr',
      release: '1.0.0',
      tags: [{ id: 101, name: 'Qualified lead' }],
    },
    ...components.map((name) => h(kit[name], { key: name })),
  ),
);
process.stdout.write(`${JSON.stringify({ touched, warnings, html })}\n`);
process.exit(0);
