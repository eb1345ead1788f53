import { callUuidOf } from '../controls/callPredicates';
import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { Tag } from '../protocol/entities';
import type { AfterCallSummary, CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { selectCallTagsUpdate } from './recentCalls';
import { summarizeCall } from './summarizeCall';

/** Tagging the ended call: what the bus confirmed, what the agent picked, and whether it may be saved. */
export interface AfterCallTagging {
  /** Tags the bus confirmed for the call (`DIALER.SET_TAGS_FULFILLED`, `API.UPDATE_CALL_TAGS_FULFILLED`). */
  readonly savedTags: readonly Tag[];
  /** The agent's picks (kept across reloads and refusals until the call context goes). */
  readonly selectedTagIds: readonly number[];
  /** The picks differ from the confirmed tags: there is something to save. */
  readonly changed: boolean;
  /**
   * How the picks are saved: `updateCallTags` (`API.UPDATE_CALL_TAGS`, which names the call, so the tags
   * cannot land on a call the bus started since) once the call's id is known; `setTags` (`DIALER.SET_TAGS`,
   * the bus's current call) while it is not.
   */
  readonly saveWith: 'updateCallTags' | 'setTags';
  /** A save of this call's tags awaits its answer. */
  readonly saving: boolean;
  /** The control of the save (the `saveWith` verb's): why saving is refused now. */
  readonly saveControl: ControlState;
  /** A save of this call's tags that failed since the call ended, for a notice. */
  readonly failure: FailedOperation | undefined;
}

const summaries = new WeakMap<CallState, AfterCallSummary>();

/**
 * The summary of the call that has just ended (talk time, line, party, recording), or `undefined` unless
 * the call's status is `ended`. The same object comes back while the call does not change.
 * @example const summary = selectAfterCallSummary(store.getState());
 */
export function selectAfterCallSummary(state: DialerState): AfterCallSummary | undefined {
  const { call } = state;
  if (call.status !== 'ended') return undefined;
  const cached = summaries.get(call);
  if (cached !== undefined) return cached;
  const summary = summarizeCall(call);
  summaries.set(call, summary);
  return summary;
}

/** Whether the picks (sorted, unique) are another set than the confirmed tags. */
function differs(selection: readonly number[], saved: readonly Tag[]): boolean {
  const savedIds = new Set(saved.map((tag) => tag.id));
  return selection.length !== savedIds.size || selection.some((id) => !savedIds.has(id));
}

/**
 * Tagging of the call that has just ended (optional tags, or editing the confirmed ones), or `undefined`
 * unless the call's status is `ended`. A failed save counts only if it happened since the call ended.
 * @example const tagging = selectAfterCallTagging(store.getState()); tagging?.changed
 */
export function selectAfterCallTagging(state: DialerState): AfterCallTagging | undefined {
  const { call, lastFailure } = state;
  if (call.status !== 'ended') return undefined;
  const since = call.statusSince ?? Number.NEGATIVE_INFINITY;
  const common = {
    savedTags: call.tags,
    selectedTagIds: call.tagSelection,
    changed: differs(call.tagSelection, call.tags),
  };
  const callUuid = callUuidOf(call);
  if (callUuid !== undefined) {
    const { saving, updateCallTagsControl, failure } = selectCallTagsUpdate(state, callUuid);
    const recent = failure !== undefined && failure.at >= since ? failure : undefined;
    return {
      ...common,
      saveWith: 'updateCallTags',
      saving,
      saveControl: updateCallTagsControl,
      failure: recent,
    };
  }
  return {
    ...common,
    saveWith: 'setTags',
    saving: state.requests['DIALER.SET_TAGS'] !== undefined,
    saveControl: getControls(state).setTags,
    failure: lastFailure?.operation === 'setTags' && lastFailure.at >= since ? lastFailure : undefined,
  };
}
