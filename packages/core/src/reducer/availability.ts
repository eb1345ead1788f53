import type { AvailabilityPayload, FetchedAvailability } from '../protocol/entities';
import { fitsSetting } from '../selectors/availabilitySetting';
import type { AgentAvailability } from '../state/AgentAvailability';
import type { DialerState } from '../state/DialerState';
import { findTeammate, TEAMMATE_LIMIT, withTeammates } from '../state/teammates';
import { deepEqual } from './deepEqual';
import { addDiagnostic } from './diagnostics';
import { clearFailure, setFailure } from './operations';
import { fulfilRequest, rejectRequest } from './requests';
import { before, castDraft, type DraftState, type Handler } from './types';

/** The fields both sources share, and the wrap-up end computed from arrival time (Decision 9). */
function common(
  source: AvailabilityPayload | FetchedAvailability,
  userId: number,
  at: number,
): AgentAvailability {
  const { status, wrapUpTimeConfig, wrapUpTimeTtl } = source;
  // The optional fields last: spreads followed by properties are one of V8's slow paths.
  return {
    userId,
    status,
    receivedAt: at,
    ...(wrapUpTimeConfig !== undefined ? { wrapUpTimeConfig } : {}),
    ...(wrapUpTimeTtl !== undefined ? { wrapUpTimeTtl } : {}),
    ...(status === 'after_call_work' && wrapUpTimeTtl !== undefined
      ? { wrapUpEndsAt: at + wrapUpTimeTtl * 1000 }
      : {}),
  };
}

/** Whether a push with the held `updatedAt` repeats the held record: same content, and no fetch since. */
function repeatsHeld(current: AgentAvailability, payload: AvailabilityPayload): boolean {
  if (current.pushedAt !== current.receivedAt) return true;
  return (
    current.status === payload.status &&
    current.wrapUpTimeConfig === payload.wrapUpTimeConfig &&
    current.wrapUpTimeTtl === payload.wrapUpTimeTtl
  );
}

/** The diagnostic's message for teammates not kept because the map is full. */
const notKept = (who: string): string => `${who} not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;

/**
 * A pushed change (`updatedAt` clock): older than held is stale. An equal one is old news when it repeats
 * the held push; with other content it is a second change within one clock tick and is applied. The
 * records are read as they were before the event and the availability written once: a draft of the
 * teammate map would make a proxy of each teammate read.
 */
function applyPushed(
  draft: DraftState,
  { availability }: DialerState,
  payload: AvailabilityPayload,
  at: number,
  type: string,
  self: boolean,
): void {
  const { userId } = payload;
  const current = self ? availability.self : findTeammate(availability.teammates, userId);
  if (current?.updatedAt !== undefined) {
    if (payload.updatedAt < current.updatedAt) {
      const message = `availability of ${userId} older than held`;
      addDiagnostic(draft, at, 'stale-event', message, { messageType: type });
      return;
    }
    if (payload.updatedAt === current.updatedAt && repeatsHeld(current, payload)) return;
  }
  const version = current?.version;
  const record = {
    updatedAt: payload.updatedAt,
    pushedAt: at,
    ...common(payload, userId, at),
    ...(version !== undefined ? { version } : {}),
  };
  const { teammates, left } = self
    ? { teammates: availability.teammates, left: 0 }
    : withTeammates(availability.teammates, [record]);
  if (left > 0) {
    addDiagnostic(draft, at, 'limit-reached', notKept(`teammate ${userId}`), { messageType: type });
    return;
  }
  // Written whole (the reducer freezes what it returns).
  draft.availability = castDraft({ ...availability, self: self ? record : availability.self, teammates });
}

/**
 * A fetched record (`version` clock) over `current`: kept only when newer than held, and never over a
 * change pushed after the fetch was sent (`sentAt`), whose content is newer; then only the version is
 * raised. `undefined` when it changes nothing.
 */
function fetchedRecord(
  current: AgentAvailability | undefined,
  userId: number,
  fetched: FetchedAvailability,
  at: number,
  sentAt: number | undefined,
): AgentAvailability | undefined {
  if (current?.version !== undefined && fetched.version <= current.version) return undefined;
  if (current?.pushedAt !== undefined && sentAt !== undefined && current.pushedAt >= sentAt) {
    return { ...current, version: fetched.version };
  }
  const { updatedAt, pushedAt } = current ?? {};
  return {
    version: fetched.version,
    ...common(fetched, userId, at),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(pushedAt !== undefined ? { pushedAt } : {}),
  };
}

/**
 * Applies fetched records to the availability, read as plain data (`held`, the state as the event found it)
 * and written back once; the session user's record (before it is known, that of the agent the bus last
 * reported as self) is the agent's own. Returns how many teammates were not kept (the map is full).
 */
function applyFetched(
  draft: DraftState,
  { availability, user }: DialerState,
  fetched: Iterable<readonly [number, FetchedAvailability]>,
  at: number,
  sentAt: number | undefined,
): number {
  const selfId = user?.id ?? availability.self?.userId;
  let { self } = availability;
  // By user id, so that two keys naming one user ("7", "07") apply one after the other.
  const changed = new Map<number, AgentAvailability>();
  for (const [userId, record] of fetched) {
    const isSelf = userId === selfId;
    const current = isSelf ? self : (changed.get(userId) ?? findTeammate(availability.teammates, userId));
    const next = fetchedRecord(current, userId, record, at, sentAt);
    if (next === undefined) continue;
    if (isSelf) self = next;
    else changed.set(userId, next);
  }
  const { teammates, left } = withTeammates(availability.teammates, changed.values());
  if (self !== availability.self || teammates !== availability.teammates) {
    draft.availability = castDraft({ ...availability, self, teammates });
  }
  return left;
}

/** `USER.AVAILABILITY_CHANGED`: the agent's own availability. */
export const handleAvailabilityChanged: Handler<'USER.AVAILABILITY_CHANGED'> = (
  draft,
  event,
  at,
  _fx,
  held,
) => {
  applyPushed(draft, held, event.payload, at, event.type, true);
  dropContradictedChoice(draft);
};

/** `USER.TEAMMATE_AVAILABILITY_CHANGED`: a teammate's availability. */
export const handleTeammateAvailabilityChanged: Handler<'USER.TEAMMATE_AVAILABILITY_CHANGED'> = (
  draft,
  event,
  at,
  _fx,
  held,
) => applyPushed(draft, held, event.payload, at, event.type, false);

/** `API.FETCH_AVAILABILITIES_FULFILLED`: everyone's availability, keyed by user id. */
export const handleFetchAvailabilitiesFulfilled: Handler<'API.FETCH_AVAILABILITIES_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
  held,
) => {
  const sentAt = draft.requests['API.FETCH_AVAILABILITIES']?.sentAt;
  fulfilRequest(draft, fx, 'API.FETCH_AVAILABILITIES', event.payload);
  const fetched = Object.entries(event.payload)
    .map(([key, record]) => [Number(key), record] as const)
    .filter(([userId]) => Number.isSafeInteger(userId));
  const left = applyFetched(draft, held, fetched, at, sentAt);
  if (left > 0)
    addDiagnostic(draft, at, 'limit-reached', notKept(`${left} teammates`), { messageType: event.type });
  dropContradictedChoice(draft);
};

/** `API.FETCH_USER_AVAILABILITY_FULFILLED`: one user's availability. */
export const handleFetchUserAvailabilityFulfilled: Handler<'API.FETCH_USER_AVAILABILITY_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
  held,
) => {
  const sentAt = draft.requests['API.FETCH_USER_AVAILABILITY']?.sentAt;
  fulfilRequest(draft, fx, 'API.FETCH_USER_AVAILABILITY', event.payload);
  const { userId } = event.payload;
  if (applyFetched(draft, held, [[userId, event.payload]], at, sentAt) > 0) {
    addDiagnostic(draft, at, 'limit-reached', notKept(`teammate ${userId}`), { messageType: event.type });
  }
  dropContradictedChoice(draft);
};

/**
 * `API.UPDATE_AVAILABILITY_FULFILLED`: the setting asked is the agent's now (`chosenSetting`); the status it
 * gives arrives as its own event.
 */
export const handleUpdateAvailabilityFulfilled: Handler<'API.UPDATE_AVAILABILITY_FULFILLED'> = (
  draft,
  event,
  _at,
  fx,
) => {
  const asked = draft.requests['API.UPDATE_AVAILABILITY'];
  const choice =
    asked?.setting === undefined ? undefined : { setting: asked.setting, sentOver: asked.sentOver };
  fulfilRequest(draft, fx, 'API.UPDATE_AVAILABILITY', event.payload);
  clearFailure(draft, 'updateAvailability');
  if (choice !== undefined && !deepEqual(draft.availability.chosenSetting, choice)) {
    draft.availability.chosenSetting = choice;
  }
};

/**
 * Forgets the agent's chosen setting once a newer status of the agent contradicts it (available for a
 * closed setting, do not disturb for an open one): the setting was changed elsewhere. A status no setting
 * gives (in a call, after-call work...) says nothing about it: the setting comes back after the call.
 */
function dropContradictedChoice(draft: DraftState): void {
  // Read as plain data: the handlers above either wrote the availability whole (frozen) or left it as it was.
  const availability = before(draft.availability);
  const { self, chosenSetting: choice } = availability;
  if (choice === undefined || self === undefined || self.receivedAt === choice.sentOver) return;
  const settled = self.status === 'available' || self.status === 'do_not_disturb';
  if (!settled || fitsSetting(choice.setting, self.status)) return;
  const { chosenSetting: _dropped, ...kept } = availability;
  draft.availability = castDraft(kept);
}

/** `API.UPDATE_AVAILABILITY_REJECTED`: reported to the agent. */
export const handleUpdateAvailabilityRejected: Handler<'API.UPDATE_AVAILABILITY_REJECTED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const message = rejectRequest(
    draft,
    fx,
    'API.UPDATE_AVAILABILITY',
    event.payload,
    'Availability was not changed',
    at,
  );
  setFailure(draft, at, { operation: 'updateAvailability', reason: 'rejected', message });
};
