import type { StoredTagSelection } from '../reducer/effects';
import type { SelectionStorage } from './types';

/** The storage key of the agent's picked tags (what the reducer's `persistTags` effects keep). */
export const TAG_SELECTION_KEY = 'dialer-kit:tag-selection';

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
export function writeTagSelection(storage: SelectionStorage, selection: StoredTagSelection): void {
  try {
    storage.setItem(TAG_SELECTION_KEY, JSON.stringify(selection));
  } catch {
    // The selection then lasts only as long as the page: nothing else to do.
  }
}

/** Forgets the stored selection. */
export function clearTagSelection(storage: SelectionStorage): void {
  try {
    storage.removeItem(TAG_SELECTION_KEY);
  } catch {
    // Same as above: a storage that refuses is not the kit's failure.
  }
}
