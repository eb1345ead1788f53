import {
  CallBar,
  ConferencePanel,
  DialerShortcuts,
  IncomingCallBanner,
  KeyboardShortcuts,
  LoginForm,
  MandatoryTagModal,
  SecondCallControls,
  TabOwnership,
  TransferDirectory,
  WarmTransferControls,
} from '@dialer-kit/react';
import { CrmPanel } from '../crm/CrmPanel';
import type { Crm } from '../crm/createCrm';
import { DEMO_TEAMMATES } from '../demo/demoDirectory';
import { CoachingArea } from './CoachingArea';
import { DialerArea } from './DialerArea';
import { LastCallPanel } from './LastCallPanel';

/**
 * The agent's work area: sign-in when needed; the call (offer, bar, coaching, transfer, second call,
 * conference, then its summary and tags); beside it the dialler, the teammates and the host's CRM (fed by
 * the call lifecycle callbacks) and the keyboard shortcuts in force (listened for); the tag dialog.
 */
export function Workspace({ crm }: { readonly crm: Crm }) {
  return (
    <main className="desk-main">
      <LoginForm className="desk-card desk-login" />
      <div className="desk-calls">
        <TabOwnership className="desk-card" />
        <IncomingCallBanner />
        <CallBar />
        <CoachingArea />
        <WarmTransferControls className="desk-panel" />
        <SecondCallControls className="desk-panel" />
        <ConferencePanel className="desk-panel" />
        <LastCallPanel />
      </div>
      <div className="desk-side">
        <DialerArea />
        <TransferDirectory className="desk-card" names={DEMO_TEAMMATES} />
        <CrmPanel crm={crm} />
        <KeyboardShortcuts className="desk-card" />
      </div>
      <DialerShortcuts />
      <MandatoryTagModal />
    </main>
  );
}
