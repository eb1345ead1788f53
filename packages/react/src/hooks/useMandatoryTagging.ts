import {
  type ControlState,
  type DialerState,
  type FailedOperation,
  getControls,
  type Result,
  selectTaggingFailure,
  selectTaggingRequired,
  selectTagsSubmitting,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import type { TagOption } from '../provider/DialerContext';
import { useDialerContext } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** Tagging of the current call: required while `mandatoryTagging`, possible whenever SET_TAGS is. */
export interface MandatoryTaggingView {
  /** The bus is in `mandatoryTagging`: the agent must tag before any other call. */
  readonly isRequired: boolean;
  /** The provider's tag catalogue. */
  readonly tags: readonly TagOption[];
  /** Tags picked and not yet confirmed (kept across reloads). */
  readonly selectedTagIds: readonly number[];
  readonly toggleTag: (id: number) => void;
  /**
   * Sends `DIALER.SET_TAGS` with the selection (or with `tagIds`, e.g. `[]` when there is no catalogue);
   * settles when the bus answers or times out.
   */
  readonly setTags: (tagIds?: readonly number[]) => Promise<Result<{ readonly payload: unknown }>>;
  readonly isSubmitting: boolean;
  /** Whether SET_TAGS may be sent now, and why not (disabled too while one is in flight). */
  readonly setTagsControl: ControlState;
  /** The last failed SET_TAGS, for "Tags could not be saved". */
  readonly failure: FailedOperation | undefined;
}

type TaggingSlice = Pick<
  MandatoryTaggingView,
  'isRequired' | 'selectedTagIds' | 'isSubmitting' | 'setTagsControl' | 'failure'
>;

function selectTaggingSlice(state: DialerState): TaggingSlice {
  return {
    isRequired: selectTaggingRequired(state),
    selectedTagIds: state.call.tagSelection,
    isSubmitting: selectTagsSubmitting(state),
    setTagsControl: getControls(state).setTags,
    failure: selectTaggingFailure(state),
  };
}

/** The tag selection and SET_TAGS submission that `mandatoryTagging` requires. */
export function useMandatoryTagging(): MandatoryTaggingView {
  const { store, tags } = useDialerContext('useMandatoryTagging');
  const slice = useDialerSelector(selectTaggingSlice, {
    equality: 'shallow',
    hookName: 'useMandatoryTagging',
  });
  const toggleTag = useCallback(
    (id: number) => {
      const selection = store.getState().call.tagSelection;
      store.actions.selectTags(
        selection.includes(id) ? selection.filter((t) => t !== id) : [...selection, id],
      );
    },
    [store],
  );
  const setTags = useCallback((tagIds?: readonly number[]) => store.actions.setTags(tagIds), [store]);
  return useMemo(() => ({ ...slice, tags, toggleTag, setTags }), [slice, tags, toggleTag, setTags]);
}
