import { type BusConnection, createSharedDialerStore, type PostMessageTransport } from '@dialer-kit/core';
import {
  CallBar,
  DialerProvider,
  IncomingCallBanner,
  MandatoryTagModal,
  TabOwnership,
  WarmTransferControls,
} from '@dialer-kit/react';
import { useMemo } from 'react';
import { ConnectionRecorder } from './ConnectionRecorder';
import { DialForm } from './DialForm';
import type { HostHooks } from './exposeHostHooks';
import { LoginForm } from './LoginForm';
import { StatusReadout } from './StatusReadout';
import { HOST_TAGS } from './tagCatalogue';

/** The kit's timings the browser tests shorten or lengthen through the page's query. */
export interface HostTuning {
  readonly silenceLimitMs?: number;
  readonly registerRetryMs?: number;
}

/** Props of {@link HostApp}: this tab's own bus (`transport`), or one shared by the tabs (`connect`). */
export type HostAppProps = { readonly hooks: HostHooks; readonly tuning?: HostTuning } & (
  | { readonly transport: PostMessageTransport; readonly connect?: never }
  | { readonly connect: () => BusConnection; readonly transport?: never }
);

/** An agent desktop embedding the kit over the iframe transport: status, call bar, transfer, tag dialog. */
export function HostApp({ transport, connect, hooks, tuning }: HostAppProps) {
  // A shared bus's frame comes and goes with the tab's role: its drops are read from the hooks.
  const drops = useMemo(
    () =>
      transport ?? {
        get droppedCount() {
          return hooks.dropped;
        },
      },
    [transport, hooks],
  );
  const body = (
    <>
      <ConnectionRecorder hooks={hooks} />
      <main>
        <h1>dialer-kit host</h1>
        <StatusReadout transport={drops} />
        <TabOwnership />
        <LoginForm />
        <DialForm />
        <IncomingCallBanner />
        <CallBar />
        <WarmTransferControls />
        <MandatoryTagModal />
      </main>
    </>
  );
  return connect === undefined ? (
    <DialerProvider
      transport={transport}
      appName="dialer-kit-host"
      release="0.1.0"
      tags={HOST_TAGS}
      {...tuning}
    >
      {body}
    </DialerProvider>
  ) : (
    <DialerProvider
      tabs={createSharedDialerStore}
      connect={connect}
      appName="dialer-kit-host"
      release="0.1.0"
      tags={HOST_TAGS}
      {...tuning}
    >
      {body}
    </DialerProvider>
  );
}
