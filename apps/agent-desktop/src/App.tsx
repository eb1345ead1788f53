import { createSharedDialerStore } from '@dialer-kit/core';
import { DialerProvider } from '@dialer-kit/react';
import { DEFAULT_TAGS } from '@dialer-kit/simulator';
import { useState } from 'react';
import { createCrm } from './crm/createCrm';
import type { DemoBus } from './demo/createDemoBus';
import { DEMO_MESSAGES } from './demo/demoMessages';
import { FarSidePanel } from './farSide/FarSidePanel';
import { AppHeader } from './header/AppHeader';
import { createTimeline } from './timeline/createTimeline';
import { TimelinePanel } from './timeline/TimelinePanel';
import { Workspace } from './workspace/Workspace';

const PAGE_LIFECYCLE = { resync: true, leaveGuard: true } as const;

/**
 * The agent desktop: the kit's components on `demo`'s bus, a CRM fed by its callbacks, its far side, and the
 * event timeline. The tabs of the desk share one bus (one phone): open it in two tabs and both show the call.
 */
export function App({ demo }: { readonly demo: DemoBus }) {
  const [timeline] = useState(createTimeline);
  const [crm] = useState(createCrm);
  return (
    <DialerProvider
      tabs={createSharedDialerStore}
      connect={demo.connect}
      tabName="dialer-kit-agent-desktop"
      appName="dialer-kit-agent-desktop"
      release="0.1.0"
      // The simulated bus's own catalogue: every tag the agent saves is one it knows.
      tags={DEFAULT_TAGS}
      messages={DEMO_MESSAGES}
      onTraffic={timeline.addTraffic}
      onDiagnostic={timeline.addDiagnostic}
      onIncomingCall={crm.onIncomingCall}
      onCallAnswered={crm.onCallAnswered}
      onCallEnded={crm.onCallEnded}
      onCallTagged={crm.onCallTagged}
      // A tab shown again, back online or resumed asks the bus for fresh state; leaving the desk during a
      // call asks first; a bus silent for 30 s during a call is probed, and the call bar says if it is stale.
      pageLifecycle={PAGE_LIFECYCLE}
      silenceLimitMs={30_000}
      resolveContact={crm.resolveContact}
    >
      <div className="desk">
        <AppHeader mode={demo.mode} />
        <Workspace crm={crm} />
        <FarSidePanel demo={demo} />
        <TimelinePanel timeline={timeline} />
      </div>
    </DialerProvider>
  );
}
