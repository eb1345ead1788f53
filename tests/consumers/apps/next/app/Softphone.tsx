'use client';

import {
  AvailabilityBadge,
  CallBar,
  DialerProvider,
  DialPad,
  IncomingCallBanner,
  MandatoryTagModal,
  WarmTransferControls,
} from '@dialer-kit/react';
import { createSimulatedBus } from '@dialer-kit/simulator';
import { useState } from 'react';

const tags = [{ id: 101, name: 'Qualified lead' }];

/** The kit on the simulated bus, made once per mounted component (never at module load). */
export function Softphone() {
  const [bus] = useState(() => createSimulatedBus({ session: 'restored' }));
  return (
    <DialerProvider transport={bus.transport} appName="next-consumer" release="1.0.0" tags={tags}>
      <AvailabilityBadge />
      <IncomingCallBanner />
      <CallBar />
      <DialPad />
      <WarmTransferControls />
      <MandatoryTagModal />
    </DialerProvider>
  );
}
