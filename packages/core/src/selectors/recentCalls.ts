import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { RecentCall } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';

/** Changing the tags of one call by its id (`API.UPDATE_CALL_TAGS`): its progress, control and failure. */
export interface CallTagsUpdate {
  /** An update of this call's tags awaits its answer. */
  readonly saving: boolean;
  /** The `updateCallTags` control: why an update is refused now (one at a time, whatever the call). */
  readonly updateCallTagsControl: ControlState;
  /** The last update of this call's tags that failed, while it is the last failure, for a notice. */
  readonly failure: FailedOperation | undefined;
}

/**
 * Where an update of the tags of call `callUuid` stands. Pure; a new object of stable parts, meant for a
 * shallow comparison.
 * @example const { saving, updateCallTagsControl, failure } = selectCallTagsUpdate(store.getState(), callUuid);
 */
export function selectCallTagsUpdate(state: DialerState, callUuid: string): CallTagsUpdate {
  const failure = state.lastFailure;
  return {
    saving: state.requests['API.UPDATE_CALL_TAGS']?.callUuid === callUuid,
    updateCallTagsControl: getControls(state).updateCallTags,
    failure: failure?.operation === 'updateCallTags' && failure.callUuid === callUuid ? failure : undefined,
  };
}

/**
 * The recent call (`state.recentCalls`, newest first) with the id `callUuid`, else `undefined`.
 * @example selectRecentCall(store.getState(), callUuid)?.tags
 */
export function selectRecentCall(state: DialerState, callUuid: string): RecentCall | undefined {
  return state.recentCalls.find((call) => call.callUuid === callUuid);
}
