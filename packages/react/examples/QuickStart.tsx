import { createPostMessageTransport } from '@dialer-kit/core';
import { CallBar, DialerProvider, MandatoryTagModal } from '@dialer-kit/react';
import '@dialer-kit/react/styles.css';

const BUS_ORIGIN = 'https://bus.example.com';
const frame = document.createElement('iframe');
frame.src = `${BUS_ORIGIN}/dialer`;
frame.hidden = true;
document.body.append(frame);
const transport = createPostMessageTransport({ frame, origin: BUS_ORIGIN });
const tags = [{ id: 101, name: 'Qualified lead' }];

export function Softphone() {
  return (
    <DialerProvider transport={transport} appName="my-crm" release="1.0.0" tags={tags}>
      <CallBar />
      <MandatoryTagModal />
    </DialerProvider>
  );
}
