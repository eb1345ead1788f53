import { deepEqual } from './deepEqual';
import { clearFailure, errorMessage, setFailure } from './operations';
import { confirmCallTags } from './recentCalls';
import { fulfilRequest, rejectRequest, requestCall } from './requests';
import { castDraft, type Handler } from './types';

/** `DIALER.SET_TAGS_FULFILLED`: the bus confirmed the call's tags. */
export const handleSetTagsFulfilled: Handler<'DIALER.SET_TAGS_FULFILLED'> = (draft, event, _at, fx, held) => {
  fulfilRequest(draft, fx, 'DIALER.SET_TAGS', event.payload);
  clearFailure(draft, 'setTags');
  // Compared on the tags as held: through the draft, each tag read would become a proxy.
  if (!deepEqual(held.call.tags, event.payload)) draft.call.tags = castDraft([...event.payload]);
};

/** `DIALER.SET_TAGS_REJECTED`: reported; the agent's selection stays for another try. */
export const handleSetTagsRejected: Handler<'DIALER.SET_TAGS_REJECTED'> = (draft, event, at, fx) => {
  const message = rejectRequest(draft, fx, 'DIALER.SET_TAGS', event.payload, 'Tags were not saved', at);
  setFailure(draft, at, { operation: 'setTags', reason: 'rejected', message });
};

/** `kit/tagSelectionChanged`: the picked tag ids, kept unique and sorted. */
export const handleTagSelectionChanged: Handler<'kit/tagSelectionChanged'> = (
  draft,
  event,
  _at,
  _fx,
  held,
) => {
  const selection = [...new Set(event.payload.tagIds)].sort((a, b) => a - b);
  if (!deepEqual(held.call.tagSelection, selection)) draft.call.tagSelection = selection;
};

/**
 * `API.UPDATE_CALL_TAGS_FULFILLED`: the tags the update asked are the call's now, on the current call and
 * on the recent call it names (the answer names neither the call nor the tags: the request's record does).
 */
export const handleUpdateCallTagsFulfilled: Handler<'API.UPDATE_CALL_TAGS_FULFILLED'> = (
  draft,
  event,
  _at,
  fx,
) => {
  const asked = draft.requests['API.UPDATE_CALL_TAGS'];
  if (asked === undefined) return;
  const { callUuid, tagIds } = asked;
  fulfilRequest(draft, fx, 'API.UPDATE_CALL_TAGS', event.payload);
  clearFailure(draft, 'updateCallTags');
  if (callUuid !== undefined && tagIds !== undefined) confirmCallTags(draft, fx, callUuid, tagIds);
};

/**
 * `API.UPDATE_CALL_TAGS_REJECTED`: reported for the call it named, with the bus's reason when it gives one
 * (the documented rejection has no payload); the call's tags stay as confirmed before.
 */
export const handleUpdateCallTagsRejected: Handler<'API.UPDATE_CALL_TAGS_REJECTED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const about = requestCall(draft, 'API.UPDATE_CALL_TAGS');
  rejectRequest(draft, fx, 'API.UPDATE_CALL_TAGS', event.payload, 'no reason given', at);
  const message = errorMessage(event.payload, '');
  setFailure(draft, at, {
    operation: 'updateCallTags',
    reason: 'rejected',
    ...(message === '' ? {} : { message }),
    ...about,
  });
};
