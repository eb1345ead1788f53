import { callUuidOf } from '../controls/callPredicates';
import type { DialerState } from '../state/DialerState';
import type { DialerEffect } from './effects';

/** No effect: most reductions (one array shared rather than one made each time). */
const NONE: readonly DialerEffect[] = [];

/**
 * What keeps the tag picks of the call being tagged across reloads (Decision 6), as effects of one
 * reduction from `previous` to `next`: while `mandatoryTagging` the picks are kept with the call's id;
 * leaving `mandatoryTagging` forgets them. Kept picks come back (`restoreTags`), when nothing is picked,
 * only once the call's id is known: with either id unknown the picks may be another call's, so they wait
 * (or, kept without an id, never come back). A rule on the tagged call rather than on one event: the
 * status, the call's id and the picks change through many events.
 */
export function tagPersistence(previous: DialerState, next: DialerState): readonly DialerEffect[] {
  const was = previous.call.status === 'mandatoryTagging';
  if (next.call.status !== 'mandatoryTagging') {
    // While (re)connecting the call is unknown, not over: keep the picks for when the bus re-sends it.
    return was && next.connection === 'ready' ? [{ type: 'persistTags', selection: null }] : NONE;
  }
  const callUuid = callUuidOf(next.call);
  const uuidLearnt = callUuid !== undefined && callUuidOf(previous.call) !== callUuid;
  const selection = next.call.tagSelection;
  // Restored picks come back as `kit/tagSelectionChanged`, whose reduction keeps them again.
  if ((!was || uuidLearnt) && selection.length === 0 && callUuid !== undefined) {
    return [{ type: 'restoreTags', callUuid }];
  }
  if (was && !uuidLearnt && previous.call.tagSelection === selection) return NONE;
  // Nothing picked yet for a call not yet named: what is kept may be this call's, kept for its id.
  if (callUuid === undefined && selection.length === 0) return NONE;
  return [
    {
      type: 'persistTags',
      selection: callUuid === undefined ? { tagIds: selection } : { callUuid, tagIds: selection },
    },
  ];
}
