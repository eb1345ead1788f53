import type { BusTransport, ConnectionState } from '@dialer-kit/core';
import { CallBar, DialerProvider, IncomingCallBanner, type TagOption } from '@dialer-kit/react';
import { ConnectionRecorder } from './ConnectionRecorder';
import { DialForm } from './DialForm';
import { LoginForm } from './LoginForm';
import { StatusReadout } from './StatusReadout';

const TAGS: readonly TagOption[] = [
  { id: 101, name: 'Qualified lead' },
  { id: 102, name: 'Follow-up' },
  { id: 103, name: 'Not interested' },
];

/** Props of {@link HostApp}. */
export interface HostAppProps {
  readonly transport: BusTransport & { readonly droppedCount: number };
  readonly onConnection: (state: ConnectionState) => void;
}

/** An agent desktop embedding the kit: the provider over the iframe transport, a status readout, a call bar. */
export function HostApp({ transport, onConnection }: HostAppProps) {
  return (
    <DialerProvider transport={transport} appName="dialer-kit-host" release="0.1.0" tags={TAGS}>
      <ConnectionRecorder onConnection={onConnection} />
      <main>
        <h1>dialer-kit host</h1>
        <StatusReadout transport={transport} />
        <LoginForm />
        <DialForm />
        <IncomingCallBanner />
        <CallBar />
      </main>
    </DialerProvider>
  );
}
