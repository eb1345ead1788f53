import { CallBar, IncomingCallBanner, MandatoryTagModal, WarmTransferControls } from '@dialer-kit/react';
import { DialerArea } from './DialerArea';
import { LoginForm } from './LoginForm';

/** The agent's work area: sign-in when needed, the call (offer, bar, transfer), the dialler, the tag dialog. */
export function Workspace() {
  return (
    <main className="desk-main">
      <LoginForm />
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
