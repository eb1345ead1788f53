import type { Tag } from '../protocol/entities';
import type { CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation, Operation } from '../state/SessionState';
import { selectCallSummary } from './callSummary';
import { selectLastFailure } from './lastFailure';
import { memoSelector } from './memoSelector';
import type { PartyName } from './transferParties';

/**
 * Why the conversation ended, as the agent should hear it: they ended it (`hung-up`, `rejected`); a warm
 * transfer was completed (`merged`); after talking, the other party hung up (`other-party`) or the call
 * dropped with no hang-up (`dropped`); before talking, a dial never rang (`not-placed`) or was not answered
 * (`not-answered`), an offer's caller gave up (`missed`) or an accepted offer never connected
 * (`not-connected`).
 */
export type CallEndCause =
  | 'hung-up'
  | 'rejected'
  | 'merged'
  | 'other-party'
  | 'dropped'
  | 'not-placed'
  | 'not-answered'
  | 'missed'
  | 'not-connected';

/** Whether the call came in as an offer (never dialled by the agent). */
function isOffered(call: CallState): boolean {
  return call.incoming !== undefined && call.dialing === undefined && call.metadata?.direction !== 'outgoing';
}

/**
 * Why the current call's conversation ended (`undefined` while it has not), from what the kit saw then
 * and whether the call had connected.
 * @example selectCallEndCause(state) === 'dropped'
 */
export function selectCallEndCause(state: DialerState): CallEndCause | undefined {
  return callEndCause(state.call);
}

/** Why `call`'s conversation ended (see {@link selectCallEndCause}). */
export function callEndCause(call: CallState): CallEndCause | undefined {
  const { ending } = call;
  if (ending === undefined) return undefined;
  const connected = call.connectedAt !== undefined;
  if (ending.byAgent) return !connected && call.incoming?.answer === 'rejected' ? 'rejected' : 'hung-up';
  if (ending.from === 'merging') return 'merged';
  if (connected) return ending.from === 'hanging' ? 'other-party' : 'dropped';
  if (isOffered(call)) return call.incoming?.answer === 'accepted' ? 'not-connected' : 'missed';
  return ending.from === 'connecting' ? 'not-placed' : 'not-answered';
}

/**
 * The operations of the call bar's own buttons (and the dial it shows): their failures are the bar's news.
 * An offer's Accept and Reject are the incoming-call banner's.
 */
const CALL_BAR_OPERATIONS: readonly Operation[] = ['dial', 'hangUp', 'hold', 'mute', 'record', 'reset'];
const CALL_BAR_FAILURES = { operations: CALL_BAR_OPERATIONS, sinceStatusChange: true };

/** What the call bar must tell the agent besides the status: see {@link selectCallNotice}. */
export type CallNotice =
  | { readonly kind: 'failure'; readonly failure: FailedOperation }
  | {
      readonly kind: 'ended';
      readonly cause: ReportedCallEndCause;
      /** Whom the call was with (the dialled number, the caller, the party talked with). */
      readonly party: PartyName | undefined;
      /** When the conversation ended (`call.endedAt`). */
      readonly at: number;
    };

/** The causes the agent did not bring about: the bar reports them. */
export type ReportedCallEndCause = Exclude<CallEndCause, 'hung-up' | 'rejected'>;

const isReported = (cause: CallEndCause): cause is ReportedCallEndCause =>
  cause !== 'hung-up' && cause !== 'rejected';

/**
 * The one piece of news the call bar shows: the last failure of one of its own operations since the call
 * last changed status (older ones are stale), else how the conversation ended when the agent did not end
 * it. Nothing of the last call while an offer is what the call is about or a new dial is on its way. The
 * same object as long as it stands.
 * @example selectCallNotice(state)?.kind === 'failure'
 */
export const selectCallNotice: (state: DialerState) => CallNotice | undefined = /*#__PURE__*/ memoSelector(
  (state) =>
    [
      selectLastFailure(state, CALL_BAR_FAILURES),
      selectCallEndCause(state),
      state.call.endedAt,
      selectCallSummary(state),
    ] as const,
  (failure, cause, endedAt, summary): CallNotice | undefined => {
    if (summary.aboutOffer) return undefined;
    if (failure !== undefined) return { kind: 'failure', failure };
    // Dialling again from the end of a call: how that call ended is no longer the news.
    if (summary.dialing) return undefined;
    if (cause === undefined || endedAt === undefined || !isReported(cause)) return undefined;
    return { kind: 'ended', cause, party: summary.party, at: endedAt };
  },
);

/**
 * The tags the bus confirmed for the call, once it has ended (after mandatory tagging, the bus ends the
 * call when the tags are saved), for "Tags saved: …"; `undefined` otherwise.
 * @example selectSavedTags(state)?.map((tag) => tag.name)
 */
export function selectSavedTags(state: DialerState): readonly Tag[] | undefined {
  const { status, tags } = state.call;
  return status === 'ended' && tags.length > 0 ? tags : undefined;
}
