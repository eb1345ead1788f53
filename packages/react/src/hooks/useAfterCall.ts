import {
  type AfterCallSummary,
  type ControlState,
  type FailedOperation,
  type Result,
  selectAfterCallSummary,
  selectAfterCallTagging,
  selectCallTagsUpdate,
  selectRecentCall,
  type Tag,
} from '@dialer-kit/core';
import { useCallback, useMemo, useState } from 'react';
import type { TagOption } from '../provider/DialerContext';
import { useDialerContext, useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

const HOOK = 'useAfterCall';

/** Which call {@link useAfterCall} is about. */
export interface AfterCallOptions {
  /**
   * A call by its id: the one that has just ended, or one of the recent calls the store keeps
   * (`state.recentCalls`, the last 5 the agent was done with). Without it, the call that has just ended.
   */
  readonly callUuid?: string;
}

/** A call's summary and its tags, with the verbs to change them. */
export interface AfterCallView {
  /** The call shown: the one that has just ended (status `ended`) or the recent call named; else `undefined`. */
  readonly summary: AfterCallSummary | undefined;
  /** The call shown is a recent one, no longer the current call (its tags change by its id). */
  readonly recent: boolean;
  /** The provider's tag catalogue. */
  readonly catalogue: readonly TagOption[];
  /** Tags the bus confirmed for the call. */
  readonly savedTags: readonly Tag[];
  /**
   * The agent's picks: for the call that has just ended, kept in the store through refusals and reloads
   * until the call context goes; for a recent call, kept by this hook until saved.
   */
  readonly selectedTagIds: readonly number[];
  /** The picks differ from the saved tags. */
  readonly hasChanges: boolean;
  /** A save awaits the bus's answer. */
  readonly isSaving: boolean;
  /** Whether a save may be sent now, and why not (the `updateCallTags` control, or `setTags`). */
  readonly saveControl: ControlState;
  /** The last save of this call's tags that failed, with the bus's reason. */
  readonly failure: FailedOperation | undefined;
  readonly toggleTag: (id: number) => void;
  /**
   * Saves the picks as the call's tags and settles when the bus answers or times out: with
   * `API.UPDATE_CALL_TAGS` once the call's id is known (always for a recent call), else `DIALER.SET_TAGS`.
   */
  readonly save: () => Promise<Result<{ readonly payload: unknown }>>;
}

const NONE: readonly never[] = [];
const NO_CALL: ControlState = { enabled: false, pending: false, reason: 'no-call' };
const NO_CALL_RESULT: Result<{ readonly payload: unknown }> = { ok: false, reason: 'no-call' };

/** Picks for a recent call, sorted and unique like the store's. */
function toggled(picks: readonly number[], id: number): readonly number[] {
  return picks.includes(id) ? picks.filter((t) => t !== id) : [...picks, id].sort((a, b) => a - b);
}

/** Whether the picks are another set than the saved tags. */
function differs(picks: readonly number[], saved: readonly Tag[]): boolean {
  const savedIds = new Set(saved.map((tag) => tag.id));
  return picks.length !== savedIds.size || picks.some((id) => !savedIds.has(id));
}

/**
 * A call after its end: its summary (talk time, line, party, recording) and its tags, optional on a line
 * that does not require them and editable after they were saved. By default the call that has just ended;
 * with `callUuid`, that call, also once it is no longer current (a recent call), whose tags are then
 * changed with `API.UPDATE_CALL_TAGS`.
 * @example
 * const { summary, toggleTag, save } = useAfterCall();
 * const result = await save(); // { ok: true, payload } or { ok: false, reason, message? }
 */
export function useAfterCall(options: AfterCallOptions = {}): AfterCallView {
  const { callUuid } = options;
  const store = useDialerStore(HOOK);
  const { tags: catalogue } = useDialerContext(HOOK);
  const ended = useDialerSelector(selectAfterCallSummary, { hookName: HOOK });
  const endedTagging = useDialerSelector(selectAfterCallTagging, { equality: 'shallow', hookName: HOOK });
  // The call that has just ended, unless another call is named.
  const showsEnded = ended !== undefined && (callUuid === undefined || ended.callUuid === callUuid);
  const recentUuid = showsEnded ? undefined : callUuid;
  const recentCall = useDialerSelector(
    (state) => (recentUuid === undefined ? undefined : selectRecentCall(state, recentUuid)),
    { hookName: HOOK },
  );
  const updateOfNamed = useDialerSelector(
    (state) => (recentUuid === undefined ? undefined : selectCallTagsUpdate(state, recentUuid)),
    { equality: 'shallow', hookName: HOOK },
  );
  // A call the store does not keep has nothing to save.
  const update = recentCall === undefined ? undefined : updateOfNamed;
  // UI state: the picks for a recent call, until saved (the store keeps only the current call's).
  const [draft, setDraft] = useState<{ readonly callUuid: string; readonly tagIds: readonly number[] }>();

  const recentPicks = useMemo(
    () =>
      recentCall === undefined
        ? NONE
        : draft?.callUuid === recentCall.callUuid
          ? draft.tagIds
          : recentCall.tags.map((tag) => tag.id).sort((a, b) => a - b),
    [recentCall, draft],
  );
  const tagging = showsEnded ? endedTagging : undefined;
  const selectedTagIds = tagging?.selectedTagIds ?? recentPicks;

  const toggleTag = useCallback(
    (id: number) => {
      if (recentCall !== undefined)
        setDraft({ callUuid: recentCall.callUuid, tagIds: toggled(recentPicks, id) });
      else store.actions.selectTags(toggled(selectedTagIds, id));
    },
    [store, recentCall, recentPicks, selectedTagIds],
  );
  const save = useCallback(async (): Promise<Result<{ readonly payload: unknown }>> => {
    if (recentCall !== undefined) {
      const result = await store.actions.updateCallTags(recentCall.callUuid, recentPicks);
      // Saved: the confirmed tags are the picks now; a refusal keeps the picks for another try.
      if (result.ok) setDraft(undefined);
      return result;
    }
    if (tagging === undefined || ended === undefined) return NO_CALL_RESULT;
    return tagging.saveWith === 'updateCallTags' && ended.callUuid !== undefined
      ? store.actions.updateCallTags(ended.callUuid, tagging.selectedTagIds)
      : store.actions.setTags();
  }, [store, recentCall, recentPicks, tagging, ended]);

  const summary = showsEnded ? ended : recentCall;
  const savedTags = tagging?.savedTags ?? recentCall?.tags ?? NONE;
  return useMemo(
    () => ({
      summary,
      recent: recentCall !== undefined,
      catalogue,
      savedTags,
      selectedTagIds,
      hasChanges: tagging?.changed ?? (recentCall !== undefined && differs(recentPicks, recentCall.tags)),
      isSaving: tagging?.saving ?? update?.saving ?? false,
      saveControl: tagging?.saveControl ?? update?.updateCallTagsControl ?? NO_CALL,
      failure: tagging?.failure ?? update?.failure,
      toggleTag,
      save,
    }),
    [
      summary,
      recentCall,
      catalogue,
      savedTags,
      selectedTagIds,
      tagging,
      recentPicks,
      update,
      toggleTag,
      save,
    ],
  );
}
