import { callUuidOf } from '../controls/callPredicates';
import type { DialerState } from '../state/DialerState';
import type { SelectionStorage } from './types';

/** The storage key of the agent's picked tags. */
export const TAG_SELECTION_KEY = 'dialer-kit:tag-selection';

/** What is stored: the call the tags were picked for (when known) and the tag ids. */
export interface StoredTagSelection {
  readonly callUuid?: string;
  readonly tagIds: readonly number[];
}

/** The stored selection, or `undefined` when absent, unreadable or malformed (storage is untrusted). */
export function readTagSelection(storage: SelectionStorage): StoredTagSelection | undefined {
  try {
    const raw = storage.getItem(TAG_SELECTION_KEY);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { callUuid, tagIds } = value as { callUuid?: unknown; tagIds?: unknown };
    if (!Array.isArray(tagIds) || !tagIds.every((id) => Number.isInteger(id))) return undefined;
    return typeof callUuid === 'string' ? { callUuid, tagIds } : { tagIds };
  } catch {
    return undefined;
  }
}

/** Stores the selection; a storage that refuses (quota, privacy mode) is ignored. */
function writeTagSelection(storage: SelectionStorage, selection: StoredTagSelection): void {
  try {
    storage.setItem(TAG_SELECTION_KEY, JSON.stringify(selection));
  } catch {
    // The selection then lasts only as long as the page: nothing else to do.
  }
}

/** Forgets the stored selection. */
function clearTagSelection(storage: SelectionStorage): void {
  try {
    storage.removeItem(TAG_SELECTION_KEY);
  } catch {
    // Same as above: a storage that refuses is not the kit's failure.
  }
}

/**
 * The store effect keeping the tag selection across reloads (Decision 6): while `mandatoryTagging` the
 * selection is stored with the call's id; leaving `mandatoryTagging` removes it. A stored selection is
 * restored, when nothing is picked, only once the call's id is known and is the one stored: with either id
 * unknown the picks may be another call's, so they wait (or, stored without an id, never come back).
 */
export function createTagSelectionSync(
  storage: SelectionStorage,
  restore: (tagIds: readonly number[]) => void,
): (previous: DialerState, next: DialerState) => void {
  return (previous, next) => {
    const was = previous.call.status === 'mandatoryTagging';
    if (next.call.status !== 'mandatoryTagging') {
      // While (re)connecting the call is unknown, not over: keep the picks for when the bus re-sends it.
      if (was && next.connection === 'ready') clearTagSelection(storage);
      return;
    }
    const callUuid = callUuidOf(next.call);
    const uuidLearnt = callUuid !== undefined && callUuidOf(previous.call) !== callUuid;
    const selection = next.call.tagSelection;
    if ((!was || uuidLearnt) && selection.length === 0 && callUuid !== undefined) {
      const stored = readTagSelection(storage);
      // `restore` dispatches, which runs this effect again with the restored selection: that run stores it.
      if (stored?.callUuid === callUuid && stored.tagIds.length > 0) return restore(stored.tagIds);
    }
    if (was && !uuidLearnt && previous.call.tagSelection === selection) return;
    // Nothing picked yet for a call not yet named: what is stored may be this call's, kept for its id.
    if (callUuid === undefined && selection.length === 0) return;
    writeTagSelection(storage, { ...(callUuid !== undefined ? { callUuid } : {}), tagIds: selection });
  };
}
