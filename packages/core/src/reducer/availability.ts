import type { AvailabilityPayload, FetchedAvailability } from '../protocol/entities';
import type { AgentAvailability, DialerState } from '../state/DialerState';
import { editTeammates, findTeammate, TEAMMATE_LIMIT, type TeammatesEdit } from '../state/teammates';
import { addDiagnostic } from './diagnostics';
import { clearFailure, setFailure } from './operations';
import { fulfilRequest, rejectRequest } from './requests';
import { castDraft, type DraftState, type Handler, plain } from './types';

/** Whose availability a record is: the agent's own, or a teammate's (by id). */
type Owner = { readonly self: true } | { readonly self: false; readonly userId: number };

/**
 * Where one event reads and writes records: the agent's own on the draft, the teammates' in one edit of
 * the map, read as plain data (a draft of the team would be a proxy per teammate read) and put back once.
 */
interface Records {
  readonly draft: DraftState;
  readonly team: TeammatesEdit;
}

function recordsOf(draft: DraftState): Records {
  return { draft, team: editTeammates(plain(draft.availability).teammates) };
}

/** Puts the edited teammates back into the draft, when they changed. */
function commit({ draft, team }: Records): void {
  const teammates = team.done();
  if (teammates !== plain(draft.availability).teammates) draft.availability.teammates = castDraft(teammates);
}

function held({ draft, team }: Records, owner: Owner): AgentAvailability | undefined {
  return owner.self ? plain(draft.availability).self : team.get(owner.userId);
}

/** Keeps `next`; `false` for a teammate not held while the map is full (`TEAMMATE_LIMIT`). */
function store({ draft, team }: Records, owner: Owner, next: AgentAvailability): boolean {
  if (!owner.self) return team.set(next);
  // Frozen, so that immer does not walk it for drafts when the change is finalised.
  draft.availability.self = castDraft(Object.freeze(next));
  return true;
}

/** The fields both sources share, and the wrap-up end computed from arrival time (Decision 9). */
function common(
  source: AvailabilityPayload | FetchedAvailability,
  userId: number,
  at: number,
): AgentAvailability {
  const { status, wrapUpTimeConfig, wrapUpTimeTtl } = source;
  return {
    userId,
    status,
    ...(wrapUpTimeConfig !== undefined ? { wrapUpTimeConfig } : {}),
    ...(wrapUpTimeTtl !== undefined ? { wrapUpTimeTtl } : {}),
    receivedAt: at,
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

/** A push that changes nothing: the held `updatedAt` with the held push's content. */
function isOldNews(current: AgentAvailability | undefined, payload: AvailabilityPayload): boolean {
  return current?.updatedAt === payload.updatedAt && repeatsHeld(current, payload);
}

/** Whether a pushed change (`USER.*AVAILABILITY_CHANGED`) is old news, read on the plain state. */
export function repeatsPush(state: DialerState, payload: AvailabilityPayload, self: boolean): boolean {
  const { availability } = state;
  return isOldNews(self ? availability.self : findTeammate(availability.teammates, payload.userId), payload);
}

/**
 * A pushed change (`updatedAt` clock): older than held is stale. An equal one is old news when it repeats
 * the held push; with other content it is a second change within one clock tick and is applied.
 */
function applyPushed(
  records: Records,
  owner: Owner,
  payload: AvailabilityPayload,
  at: number,
  type: string,
): void {
  const { draft } = records;
  const current = held(records, owner);
  if (current?.updatedAt !== undefined && payload.updatedAt < current.updatedAt) {
    addDiagnostic(draft, at, 'stale-event', `availability of ${payload.userId} older than held`, {
      messageType: type,
    });
    return;
  }
  if (isOldNews(current, payload)) return;
  const version = current?.version;
  const kept = store(records, owner, {
    ...common(payload, payload.userId, at),
    updatedAt: payload.updatedAt,
    pushedAt: at,
    ...(version !== undefined ? { version } : {}),
  });
  if (!kept) {
    const message = `teammate ${payload.userId} not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;
    addDiagnostic(draft, at, 'limit-reached', message, { messageType: type });
  }
}

/** What every record of one fetched answer is read with. */
interface FetchContext {
  /** When the fetch was sent: a change pushed since is newer than the answer. */
  readonly sentAt: number | undefined;
  /** The agent: the session user; before it is known, the agent the bus last reported as self. */
  readonly selfId: number | undefined;
}

function fetchContext(
  draft: DraftState,
  type: 'API.FETCH_AVAILABILITIES' | 'API.FETCH_USER_AVAILABILITY',
): FetchContext {
  const sentAt = draft.requests[type]?.sentAt;
  const selfId = draft.user?.id ?? plain(draft.availability).self?.userId;
  return { sentAt, selfId };
}

/**
 * A fetched record (`version` clock): kept only when newer than held, and never over a change pushed
 * after the fetch was sent (`sentAt`), whose content is newer; then only the version is raised. `false`
 * for a teammate not kept because the map is full.
 */
function applyFetched(
  records: Records,
  userId: number,
  fetched: FetchedAvailability,
  at: number,
  { sentAt, selfId }: FetchContext,
): boolean {
  const owner: Owner = userId === selfId ? { self: true } : { self: false, userId };
  const current = held(records, owner);
  if (current?.version !== undefined && fetched.version <= current.version) return true;
  if (current?.pushedAt !== undefined && sentAt !== undefined && current.pushedAt >= sentAt) {
    return store(records, owner, { ...current, version: fetched.version });
  }
  const { updatedAt, pushedAt } = current ?? {};
  return store(records, owner, {
    ...common(fetched, userId, at),
    version: fetched.version,
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(pushedAt !== undefined ? { pushedAt } : {}),
  });
}

/** Applies a pushed change of `owner` and puts the teammates back. */
function pushed(draft: DraftState, owner: Owner, payload: AvailabilityPayload, at: number, type: string) {
  const records = recordsOf(draft);
  applyPushed(records, owner, payload, at, type);
  commit(records);
}

/** `USER.AVAILABILITY_CHANGED`: the agent's own availability. */
export const handleAvailabilityChanged: Handler<'USER.AVAILABILITY_CHANGED'> = (draft, event, at) =>
  pushed(draft, { self: true }, event.payload, at, event.type);

/** `USER.TEAMMATE_AVAILABILITY_CHANGED`: a teammate's availability. */
export const handleTeammateAvailabilityChanged: Handler<'USER.TEAMMATE_AVAILABILITY_CHANGED'> = (
  draft,
  event,
  at,
) => pushed(draft, { self: false, userId: event.payload.userId }, event.payload, at, event.type);

/** `API.FETCH_AVAILABILITIES_FULFILLED`: everyone's availability, keyed by user id. */
export const handleFetchAvailabilitiesFulfilled: Handler<'API.FETCH_AVAILABILITIES_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const context = fetchContext(draft, 'API.FETCH_AVAILABILITIES');
  fulfilRequest(draft, fx, 'API.FETCH_AVAILABILITIES', event.payload);
  const records = recordsOf(draft);
  let left = 0;
  for (const [key, fetched] of Object.entries(event.payload)) {
    const userId = Number(key);
    if (Number.isSafeInteger(userId) && !applyFetched(records, userId, fetched, at, context)) left += 1;
  }
  commit(records);
  if (left > 0) {
    const message = `${left} teammates not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;
    addDiagnostic(draft, at, 'limit-reached', message, { messageType: event.type });
  }
};

/** `API.FETCH_USER_AVAILABILITY_FULFILLED`: one user's availability. */
export const handleFetchUserAvailabilityFulfilled: Handler<'API.FETCH_USER_AVAILABILITY_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const context = fetchContext(draft, 'API.FETCH_USER_AVAILABILITY');
  fulfilRequest(draft, fx, 'API.FETCH_USER_AVAILABILITY', event.payload);
  const records = recordsOf(draft);
  const kept = applyFetched(records, event.payload.userId, event.payload, at, context);
  commit(records);
  if (!kept) {
    const message = `teammate ${event.payload.userId} not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;
    addDiagnostic(draft, at, 'limit-reached', message, { messageType: event.type });
  }
};

/** `API.UPDATE_AVAILABILITY_FULFILLED`: the new availability arrives as its own event. */
export const handleUpdateAvailabilityFulfilled: Handler<'API.UPDATE_AVAILABILITY_FULFILLED'> = (
  draft,
  event,
  _at,
  fx,
) => {
  fulfilRequest(draft, fx, 'API.UPDATE_AVAILABILITY', event.payload);
  clearFailure(draft, 'updateAvailability');
};

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
