import type { ReactNode } from 'react';
import { AvailabilityBadge } from '../../src/components/AvailabilityBadge/AvailabilityBadge';
import { CallBar } from '../../src/components/CallBar/CallBar';
import { DialPad } from '../../src/components/DialPad/DialPad';
import { IncomingCallBanner } from '../../src/components/IncomingCallBanner/IncomingCallBanner';
import { MandatoryTagModal } from '../../src/components/MandatoryTagModal/MandatoryTagModal';
import { WarmTransferControls } from '../../src/components/WarmTransferControls/WarmTransferControls';

// Layout only: the journeys need the components side by side, not a design of their own.
const column = { display: 'grid', gap: '1rem', alignContent: 'start' } as const;
const desk = { display: 'grid', gap: '1.5rem', gridTemplateColumns: 'minmax(18rem, 2fr) minmax(14rem, 1fr)' };

/**
 * The kit's components laid out like an agent desk (availability, offer, call, transfer | dial pad, tag
 * dialog), in the order a keyboard user tabs through them. For the journey stories only: no app logic.
 */
export function AgentDesk(): ReactNode {
  return (
    <div style={desk}>
      <div style={column}>
        <AvailabilityBadge />
        <IncomingCallBanner />
        <CallBar />
        <WarmTransferControls />
      </div>
      <div style={column}>
        <DialPad />
      </div>
      <MandatoryTagModal />
    </div>
  );
}
