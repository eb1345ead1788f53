import { CoachingIndicator, useDialerSelector } from '@dialer-kit/react';
import { DEMO_COACHABLE_CALLS } from '../demo/demoDirectory';

const NONE: readonly never[] = [];

/**
 * The kit's CoachingIndicator: "a supervisor is listening" on the agent's call, the coach's own view, and,
 * only while no call is up (joining starts from idle), the teammates' calls the agent may join as a coach.
 */
export function CoachingArea() {
  const idle = useDialerSelector((state) => state.call.status === 'idle');
  return <CoachingIndicator className="desk-panel" coachableCalls={idle ? DEMO_COACHABLE_CALLS : NONE} />;
}
