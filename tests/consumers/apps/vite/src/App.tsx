import { type BusTransport, createPostMessageTransport } from '@dialer-kit/core';
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

/** `?busUrl=<url>`: the bus runs in an iframe at that address (another origin), as in production. */
const busUrl = new URLSearchParams(window.location.search).get('busUrl');

/** The README's iframe transport: the frame is made in an effect, on the client only. */
function useFrameTransport(url: string): BusTransport | undefined {
  const [transport, setTransport] = useState<BusTransport>();
  useEffect(() => {
    const frame = document.createElement('iframe');
    Object.assign(frame, { src: url, title: 'Dialer bus', allow: 'microphone; autoplay' });
    document.body.append(frame);
    const bus = createPostMessageTransport({ frame, origin: new URL(url).origin });
    setTransport(bus);
    return () => {
      bus.close();
      frame.remove();
    };
  }, [url]);
  return transport;
}

/** The in-process simulator, with every line requiring tags. */
function useSimulatedTransport(): BusTransport {
  const [bus] = useState(() =>
    createSimulatedBus({
      session: 'restored',
      lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true })),
    }),
  );
  useEffect(() => {
    window.dialerBus = bus;
  }, [bus]);
  return bus.transport;
}

function Desk({ transport }: { readonly transport: BusTransport }) {
  return (
    <DialerProvider transport={transport} appName="consumer-app" release="1.0.0" tags={tags}>
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

function FrameDesk({ url }: { readonly url: string }) {
  const transport = useFrameTransport(url);
  return transport === undefined ? null : <Desk transport={transport} />;
}

function SimulatedDesk() {
  return <Desk transport={useSimulatedTransport()} />;
}

/** The README's usage on the simulated bus, in process or in a bus iframe (`?busUrl=`). */
export default function App() {
  return busUrl === null ? <SimulatedDesk /> : <FrameDesk url={busUrl} />;
}
