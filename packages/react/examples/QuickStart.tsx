import { type BusTransport, createPostMessageTransport } from '@dialer-kit/core';
import { CallBar, DialerProvider, IncomingCallBanner, MandatoryTagModal } from '@dialer-kit/react';
import '@dialer-kit/react/styles.css';
import { useEffect, useState } from 'react';

const BUS_ORIGIN = 'https://bus.example.com';
const tags = [{ id: 101, name: 'Qualified lead' }];
export function Softphone() {
  const [transport, setTransport] = useState<BusTransport>();
  useEffect(() => {
    // Made after mount, on the client only: rendering never touches `document` (SSR-safe).
    const frame = document.createElement('iframe');
    Object.assign(frame, { src: `${BUS_ORIGIN}/dialer`, hidden: true, allow: 'microphone; autoplay' });
    document.body.append(frame);
    const bus = createPostMessageTransport({ frame, origin: BUS_ORIGIN });
    setTransport(bus);
    return () => {
      bus.close();
      frame.remove();
    };
  }, []);
  if (transport === undefined) return null;
  return (
    <DialerProvider transport={transport} appName="my-crm" release="1.0.0" tags={tags}>
      <IncomingCallBanner />
      <CallBar />
      <MandatoryTagModal />
    </DialerProvider>
  );
}
