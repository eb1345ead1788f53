import {
  type AfterCallSummary,
  type ControlState,
  type FailedOperation,
  type Result,
  selectAfterCallSummary,
  selectAfterCallTagging,
  type Tag,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import type { TagOption } from '../provider/DialerContext';
import { useDialerContext, useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** The ended call's summary and its tags, with the verbs to change them. */
export interface AfterCallView {
  /** The call that has just ended (status `ended`); `undefined` otherwise. */
  readonly summary: AfterCallSummary | undefined;
  /** The provider's tag catalogue. */
  readonly catalogue: readonly TagOption[];
  /** Tags the bus confirmed for the call. */
  readonly savedTags: readonly Tag[];
  /** The agent's picks, kept through refusals and reloads until the call context goes. */
  readonly selectedTagIds: readonly number[];
  /** The picks differ from the saved tags. */
  readonly hasChanges: boolean;
  /** A save awaits the bus's answer. */
  readonly isSaving: boolean;
  /** Whether a save may be sent now, and why not (the `setTags` control). */
  readonly setTagsControl: ControlState;
  /** The last save of this call's tags that failed, with the bus's reason. */
  readonly failure: FailedOperation | undefined;
  readonly toggleTag: (id: number) => void;
  /** Saves the picks as the call's tags (`DIALER.SET_TAGS`); settles when the bus answers or times out. */
  readonly setTags: () => Promise<Result<{ readonly payload: unknown }>>;
}

const NONE: readonly never[] = [];
const NO_CALL: ControlState = { enabled: false, pending: false, reason: 'no-call' };

/**
 * The call that has just ended: its summary (talk time, line, party, recording) and its tags, optional on a
 * line that does not require them and editable after they were saved. The picks live in the store, so a
 * refused save, a re-render or a reload loses none of them.
 * @example
 * const { summary, toggleTag, setTags } = useAfterCall();
 * const result = await setTags(); // { ok: true, payload: [...] } or { ok: false, reason, message? }
 */
export function useAfterCall(): AfterCallView {
  const store = useDialerStore('useAfterCall');
  const { tags: catalogue } = useDialerContext('useAfterCall');
  const summary = useDialerSelector(selectAfterCallSummary, { hookName: 'useAfterCall' });
  const tagging = useDialerSelector(selectAfterCallTagging, {
    equality: 'shallow',
    hookName: 'useAfterCall',
  });
  const selectedTagIds = tagging?.selectedTagIds ?? NONE;

  const toggleTag = useCallback(
    (id: number) =>
      store.actions.selectTags(
        selectedTagIds.includes(id) ? selectedTagIds.filter((t) => t !== id) : [...selectedTagIds, id],
      ),
    [store, selectedTagIds],
  );
  const setTags = useCallback(() => store.actions.setTags(), [store]);

  return useMemo(
    () => ({
      summary,
      catalogue,
      savedTags: tagging?.savedTags ?? NONE,
      selectedTagIds,
      hasChanges: tagging?.changed ?? false,
      isSaving: tagging?.saving ?? false,
      setTagsControl: tagging?.setTagsControl ?? NO_CALL,
      failure: tagging?.failure,
      toggleTag,
      setTags,
    }),
    [summary, catalogue, tagging, selectedTagIds, toggleTag, setTags],
  );
}
