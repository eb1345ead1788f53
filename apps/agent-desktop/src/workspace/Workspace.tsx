import {
  CallBar,
  IncomingCallBanner,
  LoginForm,
  MandatoryTagModal,
  WarmTransferControls,
} from '@dialer-kit/react';
import { DialerArea } from './DialerArea';

/** The agent's work area: sign-in when needed, the call (offer, bar, transfer), the dialler, the tag dialog. */
export function Workspace() {
  return (
    <main className="desk-main">
      <LoginForm className="desk-card desk-login" />
      <div className="desk-calls">
        <IncomingCallBanner />
        <CallBar />
        <WarmTransferControls />
      </div>
      <DialerArea />
      <MandatoryTagModal />
    </main>
  );
}
