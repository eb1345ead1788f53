import type { ReactNode } from 'react';
import { CallBar } from '../../src/components/CallBar/CallBar';
import { CoachingIndicator } from '../../src/components/CoachingIndicator/CoachingIndicator';
import { ConferencePanel } from '../../src/components/ConferencePanel/ConferencePanel';
import { DialPad } from '../../src/components/DialPad/DialPad';
import { SecondCallControls } from '../../src/components/SecondCallControls/SecondCallControls';
import { COACHABLE_CALLS } from '../support/multiPartySeeds';

// Layout only: the journeys need the components side by side, not a design of their own.
const column = { display: 'grid', gap: '1rem', alignContent: 'start' } as const;
const desk = { display: 'grid', gap: '1.5rem', gridTemplateColumns: 'minmax(18rem, 2fr) minmax(14rem, 1fr)' };

/**
 * The call bar with the multi-party components (coaching, second call, conference) beside a dial pad, as a
 * supervisor's desk would have them (the app lists a teammate's call to coach). For the journeys only.
 */
export function MultiPartyDesk(): ReactNode {
  return (
    <div style={desk}>
      <div style={column}>
        <CallBar />
        <CoachingIndicator coachableCalls={COACHABLE_CALLS} />
        <SecondCallControls />
        <ConferencePanel />
      </div>
      <div style={column}>
        <DialPad />
      </div>
    </div>
  );
}
