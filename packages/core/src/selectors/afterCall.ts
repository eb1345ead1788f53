import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { Line, Tag } from '../protocol/entities';
import type { CallDirection, RecordingState } from '../protocol/enums';
import { partyFromAddress } from '../reducer/participants';
import type { CallParty, CallState, DialerState, FailedOperation } from '../state/DialerState';

/** What the agent sees of a call that has ended (status `ended`). */
export interface AfterCallSummary {
  /** The call's id in the bus (SYNC, else the accepted offer's). */
  readonly callUuid: string | undefined;
  /** From the first `connected` to the end; `undefined` when the call never connected. */
  readonly talkTimeMs: number | undefined;
  /** The line the call used (SYNC). */
  readonly line: Line | undefined;
  /** Who the call was with: the last party SYNC named, else the number dialled or the caller. */
  readonly party: CallParty | undefined;
  readonly direction: CallDirection | undefined;
  /** The recording as SYNC last reported it; `undefined` without a SYNC. */
  readonly recordingState: RecordingState | undefined;
}

/** Tagging the ended call: what the bus confirmed, what the agent picked, and whether it may be saved. */
export interface AfterCallTagging {
  /** Tags the bus confirmed for the call (`DIALER.SET_TAGS_FULFILLED`). */
  readonly savedTags: readonly Tag[];
  /** The agent's picks (kept across reloads and refusals until the call context goes). */
  readonly selectedTagIds: readonly number[];
  /** The picks differ from the confirmed tags: there is something to save. */
  readonly changed: boolean;
  /** A `DIALER.SET_TAGS` awaits its answer. */
  readonly saving: boolean;
  /** The `setTags` control (why saving is refused now). */
  readonly setTagsControl: ControlState;
  /** A save of this call's tags that failed since the call ended, for a notice. */
  readonly failure: FailedOperation | undefined;
}

/** The party of the ended call: SYNC's, else the address the call started with. */
function partyOf(call: CallState): CallParty | undefined {
  if (call.activeParticipant !== undefined) return call.activeParticipant;
  const { metadata } = call;
  const fromSync =
    metadata?.direction === 'outgoing'
      ? metadata.to
      : metadata?.direction === 'incoming'
        ? metadata.from
        : undefined;
  return partyFromAddress(fromSync ?? call.dialing?.to ?? call.incoming?.from);
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
  const { connectedAt, endedAt, metadata } = call;
  const summary: AfterCallSummary = {
    callUuid:
      metadata?.callUuid ?? (call.incoming?.answer === 'accepted' ? call.incoming.callUuid : undefined),
    talkTimeMs:
      connectedAt !== undefined && endedAt !== undefined ? Math.max(0, endedAt - connectedAt) : undefined,
    line: metadata?.line,
    party: partyOf(call),
    direction: metadata?.direction,
    recordingState: metadata?.recordingState,
  };
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
  return {
    savedTags: call.tags,
    selectedTagIds: call.tagSelection,
    changed: differs(call.tagSelection, call.tags),
    saving: state.requests['DIALER.SET_TAGS'] !== undefined,
    setTagsControl: getControls(state).setTags,
    failure: lastFailure?.operation === 'setTags' && lastFailure.at >= since ? lastFailure : undefined,
  };
}
