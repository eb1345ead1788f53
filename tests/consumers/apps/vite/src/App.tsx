import { CallBar, DialerProvider, DialPad, MandatoryTagModal, WarmTransferControls } from '@dialer-kit/react';
import { createSimulatedBus, DEFAULT_SETTINGS, type SimulatedBus } from '@dialer-kit/simulator';
import '@dialer-kit/react/styles.css';
import { useEffect, useState } from 'react';

declare global {
  interface Window {
    /** The far side, for the browser script that drives this page. */
    dialerBus?: SimulatedBus;
  }
}

const tags = [
  { id: 101, name: 'Qualified lead' },
  { id: 102, name: 'Follow-up' },
];

/** The README's usage on the simulated bus, with every line requiring tags. */
export default function App() {
  const [bus] = useState(() =>
    createSimulatedBus({
      session: 'restored',
      lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true })),
    }),
  );
  useEffect(() => {
    window.dialerBus = bus;
  }, [bus]);
  return (
    <DialerProvider transport={bus.transport} appName="consumer-app" release="1.0.0" tags={tags}>
      <main>
        <h1>Consumer app</h1>
        <CallBar />
        <DialPad />
        <WarmTransferControls />
        <MandatoryTagModal />
      </main>
    </DialerProvider>
  );
}
