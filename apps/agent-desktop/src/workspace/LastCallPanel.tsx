import { AfterCallPanel, useDialerSelector } from '@dialer-kit/react';

/**
 * The kit's AfterCallPanel for the call that has just ended, and, once the agent pressed Done and until the
 * next call, for that last call (one of the recent calls the store keeps): its tags can still be corrected.
 */
export function LastCallPanel() {
  const last = useDialerSelector((state) =>
    state.call.status === 'idle' ? state.recentCalls[0]?.callUuid : undefined,
  );
  return <AfterCallPanel {...(last === undefined ? {} : { callUuid: last })} />;
}
