import type { BusTransport, ConnectionState } from '@dialer-kit/core';
import {
  CallBar,
  DialerProvider,
  IncomingCallBanner,
  MandatoryTagModal,
  WarmTransferControls,
} from '@dialer-kit/react';
import { ConnectionRecorder } from './ConnectionRecorder';
import { DialForm } from './DialForm';
import { LoginForm } from './LoginForm';
import { StatusReadout } from './StatusReadout';
import { HOST_TAGS } from './tagCatalogue';

/** Props of {@link HostApp}. */
export interface HostAppProps {
  readonly transport: BusTransport & { readonly droppedCount: number };
  readonly onConnection: (state: ConnectionState) => void;
}

/** An agent desktop embedding the kit over the iframe transport: status, call bar, transfer, tag dialog. */
export function HostApp({ transport, onConnection }: HostAppProps) {
  return (
    <DialerProvider transport={transport} appName="dialer-kit-host" release="0.1.0" tags={HOST_TAGS}>
      <ConnectionRecorder onConnection={onConnection} />
      <main>
        <h1>dialer-kit host</h1>
        <StatusReadout transport={transport} />
        <LoginForm />
        <DialForm />
        <IncomingCallBanner />
        <CallBar />
        <WarmTransferControls />
        <MandatoryTagModal />
      </main>
    </DialerProvider>
  );
}
