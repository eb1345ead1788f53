import type { CallFlow, CallStatus } from '@dialer-kit/core';

/** Which controls the call bar offers: none, hang-up only, the in-call set, or "Done". */
export type CallBarPhase = 'idle' | 'setup' | 'live' | 'tagging' | 'ended';

/** Statuses before or after the media flows, where only hanging up makes sense. */
const SETUP_STATUSES: ReadonlySet<CallStatus> = new Set<CallStatus>([
  'connecting',
  'accepting',
  'hanging',
  'startingCoaching',
  'joining',
]);

/** The call bar's phase for a status and flow (a regular `ringing` is still setting up). */
export function callBarPhase(status: CallStatus, flow: CallFlow | undefined): CallBarPhase {
  if (status === 'idle') return 'idle';
  if (status === 'ended') return 'ended';
  if (status === 'mandatoryTagging') return 'tagging';
  if (SETUP_STATUSES.has(status)) return 'setup';
  // Ringing a transferee or a second callee happens during a live call; ringing the first callee does not.
  return status === 'ringing' && (flow === 'regular' || flow === undefined) ? 'setup' : 'live';
}
