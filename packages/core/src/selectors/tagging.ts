import type { DialerState, FailedOperation } from '../state/DialerState';
import { selectLastFailure } from './lastFailure';

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
