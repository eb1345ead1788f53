import { deepEqual } from './deepEqual';
import { clearFailure, setFailure } from './operations';
import { fulfilRequest, rejectRequest } from './requests';
import { castDraft, type Handler } from './types';

/** `DIALER.SET_TAGS_FULFILLED`: the bus confirmed the call's tags. */
export const handleSetTagsFulfilled: Handler<'DIALER.SET_TAGS_FULFILLED'> = (draft, event, _at, fx) => {
  fulfilRequest(draft, fx, 'DIALER.SET_TAGS', event.payload);
  clearFailure(draft, 'setTags');
  if (!deepEqual(draft.call.tags, event.payload)) draft.call.tags = castDraft([...event.payload]);
};

/** `DIALER.SET_TAGS_REJECTED`: reported; the agent's selection stays for another try. */
export const handleSetTagsRejected: Handler<'DIALER.SET_TAGS_REJECTED'> = (draft, event, at, fx) => {
  const message = rejectRequest(draft, fx, 'DIALER.SET_TAGS', event.payload, 'Tags were not saved', at);
  setFailure(draft, at, { operation: 'setTags', reason: 'rejected', message });
};

/** `kit/tagSelectionChanged`: the picked tag ids, kept unique and sorted. */
export const handleTagSelectionChanged: Handler<'kit/tagSelectionChanged'> = (draft, event) => {
  const selection = [...new Set(event.payload.tagIds)].sort((a, b) => a - b);
  if (!deepEqual(draft.call.tagSelection, selection)) draft.call.tagSelection = selection;
};
