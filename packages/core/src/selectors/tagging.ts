import type { Line } from '../protocol/entities';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { selectCallSummary } from './callSummary';
import { selectLastFailure } from './lastFailure';
import { memoSelector } from './memoSelector';
import type { PartyName } from './transferParties';

const SET_TAGS: { readonly operations: readonly ['setTags'] } = { operations: ['setTags'] };

/** The bus is in `mandatoryTagging`: the agent must tag the last call before any other (Decision 6). */
export function selectTaggingRequired(state: DialerState): boolean {
  return state.call.status === 'mandatoryTagging';
}

/** A `DIALER.SET_TAGS` is awaiting its answer. */
export function selectTagsSubmitting(state: DialerState): boolean {
  return state.requests['DIALER.SET_TAGS'] !== undefined;
}

/** The last failed `DIALER.SET_TAGS`, for "Tags could not be saved". */
export function selectTaggingFailure(state: DialerState): FailedOperation | undefined {
  return selectLastFailure(state, SET_TAGS);
}

/** The call to tag, as a tag dialog names it. */
export interface TaggedCall {
  /** Whom the call was with (the party of its last SYNC, else the number dialled or the caller). */
  readonly party: PartyName | undefined;
  /** The line of the call (SYNC), `undefined` before any SYNC named it. */
  readonly line: Line | undefined;
}

/**
 * The call being tagged, so the agent knows which one: its party and line. The same object while they
 * stand.
 * @example const { party, line } = selectTaggedCall(state);
 */
export const selectTaggedCall: (state: DialerState) => TaggedCall = /*#__PURE__*/ memoSelector(
  (state) => [selectCallSummary(state).party, state.call.metadata?.line] as const,
  (party, line): TaggedCall => ({ party, line }),
);
