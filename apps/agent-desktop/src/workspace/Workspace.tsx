import {
  CallBar,
  ConferencePanel,
  IncomingCallBanner,
  LoginForm,
  MandatoryTagModal,
  SecondCallControls,
  TabOwnership,
  TransferDirectory,
  WarmTransferControls,
} from '@dialer-kit/react';
import { DEMO_TEAMMATES } from '../demo/demoDirectory';
import { CoachingArea } from './CoachingArea';
import { DialerArea } from './DialerArea';
import { LastCallPanel } from './LastCallPanel';

/**
 * The agent's work area: sign-in when needed; the call (offer, bar, coaching, transfer, second call,
 * conference, then its summary and tags); beside it the dialler and the teammates; the tag dialog.
 */
export function Workspace() {
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
      </div>
      <MandatoryTagModal />
    </main>
  );
}
