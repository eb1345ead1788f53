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

/** Transitions written in PROTOCOL.md section 4's sequences, one `from -> to` each. */
const DOCUMENTED = new Set<string>([
  // Outgoing, incoming, and a new call from `ended`.
  'idle -> regular/connecting',
  'idle -> regular/accepting',
  'regular/ended -> regular/connecting',
  'regular/ended -> regular/accepting',
  'regular/connecting -> regular/ringing',
  'regular/ringing -> regular/connected',
  'regular/accepting -> regular/connected',
  // Hang-up and mandatory tagging.
  'regular/hanging -> regular/mandatoryTagging',
  'regular/mandatoryTagging -> regular/ended',
  // Warm transfer (a failed start, swap or merge re-sends the status before it).
  'regular/connected -> regular/startingWarmTransfer',
  'regular/startingWarmTransfer -> warmTransfer/ringing',
  'regular/startingWarmTransfer -> regular/connected',
  'warmTransfer/ringing -> warmTransfer/connected',
  'warmTransfer/connected -> warmTransfer/swapping',
  'warmTransfer/swapping -> warmTransfer/connected',
  'warmTransfer/connected -> warmTransfer/merging',
  'warmTransfer/merging -> regular/ended',
  'warmTransfer/merging -> warmTransfer/connected',
  // Concurrent.
  'regular/connected -> regular/startingConcurrent',
  'regular/startingConcurrent -> concurrent/ringing',
  'regular/startingConcurrent -> regular/connected',
  'concurrent/ringing -> concurrent/connected',
  'concurrent/connected -> concurrent/swapping',
  'concurrent/swapping -> concurrent/connected',
  // Conference (not answered, or below three parties: back to a regular call).
  'regular/connected -> regular/startingConference',
  'regular/startingConference -> conference/initiating',
  'regular/startingConference -> regular/connected',
  'conference/initiating -> conference/initiated',
  'conference/initiating -> regular/connected',
  'conference/initiated -> regular/connected',
  // Coaching (coach side).
  'idle -> regular/startingCoaching',
  'regular/startingCoaching -> coaching/joining',
  'coaching/joining -> coaching/joined',
]);

/** {@link DOCUMENTED} by the point left, each point named once: no name built per event. */
const DOCUMENTED_FROM: ReadonlyMap<string, ReadonlySet<string>> = /*#__PURE__*/ (() => {
  const byFrom = new Map<string, Set<string>>();
  for (const transition of DOCUMENTED) {
    const [from = '', to = ''] = transition.split(' -> ');
    byFrom.set(from, (byFrom.get(from) ?? new Set()).add(to));
  }
  return byFrom;
})();

/** Every point's name, by flow and status ({@link pointName}), made once. */
const NAMES = new Map<CallFlow | undefined, Map<CallStatus, string>>();

function nameOf(point: StatusPoint): string {
  let byStatus = NAMES.get(point.flow);
  if (byStatus === undefined) {
    byStatus = new Map();
    NAMES.set(point.flow, byStatus);
  }
  let name = byStatus.get(point.status);
  if (name === undefined) {
    name = pointName(point);
    byStatus.set(point.status, name);
  }
  return name;
}

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
  if (DOCUMENTED_FROM.get(nameOf(from))?.has(nameOf(to)) === true) return true;
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
