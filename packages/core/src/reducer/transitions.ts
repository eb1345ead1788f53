import type { CallFlow, CallStatus } from '../protocol/enums';
import { isCallUnderWay, isConversationOver } from '../selectors/statusGroups';

/** A call status with its flow (`undefined` exactly when idle). */
export interface StatusPoint {
  readonly status: CallStatus;
  readonly flow: CallFlow | undefined;
}

/** `flow/status`, or `idle`: how transitions are named in diagnostics and in the table below. */
export function pointName(point: StatusPoint): string {
  return point.status === 'idle' ? 'idle' : `${point.flow ?? '?'}/${point.status}`;
}

/**
 * Transitions written in PROTOCOL.md section 4's sequences: each point left, with the points it may reach
 * (space-separated), looked up by the point left then the point reached.
 */
const DOCUMENTED: ReadonlyMap<string, ReadonlySet<string>> = /*#__PURE__*/ new Map(
  Object.entries({
    // Outgoing, incoming, a new call from `ended`; coaching (coach side).
    idle: 'regular/connecting regular/accepting regular/startingCoaching',
    'regular/ended': 'regular/connecting regular/accepting',
    'regular/connecting': 'regular/ringing',
    'regular/ringing': 'regular/connected',
    'regular/accepting': 'regular/connected',
    // Hang-up and mandatory tagging.
    'regular/hanging': 'regular/mandatoryTagging',
    'regular/mandatoryTagging': 'regular/ended',
    // Warm transfer, concurrent, conference (a failed start, swap or merge re-sends the status before it).
    'regular/connected': 'regular/startingWarmTransfer regular/startingConcurrent regular/startingConference',
    'regular/startingWarmTransfer': 'warmTransfer/ringing regular/connected',
    'warmTransfer/ringing': 'warmTransfer/connected',
    'warmTransfer/connected': 'warmTransfer/swapping warmTransfer/merging',
    'warmTransfer/swapping': 'warmTransfer/connected',
    'warmTransfer/merging': 'regular/ended warmTransfer/connected',
    'regular/startingConcurrent': 'concurrent/ringing regular/connected',
    'concurrent/ringing': 'concurrent/connected',
    'concurrent/connected': 'concurrent/swapping',
    'concurrent/swapping': 'concurrent/connected',
    // Conference not answered, or below three parties: back to a regular call.
    'regular/startingConference': 'conference/initiating regular/connected',
    'conference/initiating': 'conference/initiated regular/connected',
    'conference/initiated': 'regular/connected',
    'regular/startingCoaching': 'coaching/joining',
    'coaching/joining': 'coaching/joined',
  }).map(([from, to]) => [from, new Set(to.split(' '))]),
);

/** What besides the two statuses makes a transition expected. */
export interface TransitionContext {
  /** A RESET was sent: `idle` may follow from anywhere. */
  readonly resetPending: boolean;
  /** An INCOMING offered a call: it may end straight from idle ("Ended: ... was rejected", or missed). */
  readonly offered: boolean;
}

/** Whether `to` is expected: documented, or a hang-up, an end or a reset allowed from anywhere. */
export function isDocumentedTransition(
  from: StatusPoint,
  to: StatusPoint,
  context: TransitionContext,
): boolean {
  if (DOCUMENTED.get(pointName(from))?.has(pointName(to)) === true) return true;
  const { resetPending, offered } = context;
  const inCall = isCallUnderWay(from.status);
  switch (to.status) {
    case 'hanging':
      return inCall && from.status !== 'hanging' && to.flow === from.flow;
    case 'ended':
      if (offered && from.status === 'idle' && to.flow === 'regular') return true;
      return (
        (inCall || from.status === 'mandatoryTagging') && (to.flow === 'regular' || to.flow === from.flow)
      );
    case 'idle':
      return (
        resetPending ||
        from.status === 'ended' ||
        from.flow === 'coaching' ||
        from.status === 'startingCoaching'
      );
    default:
      // Leaving a sub-flow: `hanging` in that flow, then a regular call connected again, or over.
      return (
        from.status === 'hanging' &&
        from.flow !== 'regular' &&
        to.flow === 'regular' &&
        (to.status === 'connected' || isConversationOver(to.status))
      );
  }
}
