import type { AvailabilityPayload, FetchedAvailability } from '../protocol/entities';
import type { AgentAvailability, DialerState } from '../state/DialerState';
import { editTeammates, TEAMMATE_LIMIT } from '../state/teammates';
import { addDiagnostic, withDiagnostic } from './diagnostics';
import { clearFailure, setFailure } from './operations';
import { fulfilRequest, rejectRequest } from './requests';
import { castDraft, type DraftState, type Handler, type PlainHandler, plain } from './types';

/** Whose availability a record is: the agent's own, or a teammate's (by id). */
type Owner = { readonly self: true } | { readonly self: false; readonly userId: number };

type Availability = DialerState['availability'];

/**
 * The records one event reads and changes, as plain data (a draft of the team would make a proxy of each
 * teammate read): the agent's own, and the teammates in one edit of their map.
 */
interface Records {
  held(owner: Owner): AgentAvailability | undefined;
  /** Keeps `next`; `false` for a teammate not held while the map is full (`TEAMMATE_LIMIT`). */
  store(owner: Owner, next: AgentAvailability): boolean;
  /** The availability with the changes, frozen; the same object when nothing changed. */
  result(): Availability;
}

function recordsOf(availability: Availability): Records {
  let self = availability.self;
  const team = editTeammates(availability.teammates);
  return {
    held: (owner) => (owner.self ? self : team.get(owner.userId)),
    store(owner, next) {
      if (!owner.self) return team.set(next);
      self = Object.freeze(next);
      return true;
    },
    result() {
      const teammates = team.done();
      if (self === availability.self && teammates === availability.teammates) return availability;
      return Object.freeze({ ...availability, self, teammates });
    },
  };
}

/** Applies `change` to the draft's availability, read as plain data, and puts the result back once. */
function changeRecords(draft: DraftState, change: (records: Records) => void): void {
  const availability = plain(draft.availability);
  const records = recordsOf(availability);
  change(records);
  const next = records.result();
  if (next !== availability) draft.availability = castDraft(next);
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

/**
 * A pushed change (`updatedAt` clock), on the plain state: older than held is stale. An equal one is old
 * news (the same state) when it repeats the held push; with other content it is a second change within
 * one clock tick and is applied.
 */
function reducePushed(
  state: DialerState,
  owner: Owner,
  payload: AvailabilityPayload,
  at: number,
  type: string,
): DialerState {
  const records = recordsOf(state.availability);
  const current = records.held(owner);
  if (current?.updatedAt !== undefined) {
    if (payload.updatedAt < current.updatedAt) {
      return withDiagnostic(state, at, 'stale-event', `availability of ${payload.userId} older than held`, {
        messageType: type,
      });
    }
    if (payload.updatedAt === current.updatedAt && repeatsHeld(current, payload)) return state;
  }
  const version = current?.version;
  const kept = records.store(owner, {
    ...common(payload, payload.userId, at),
    updatedAt: payload.updatedAt,
    pushedAt: at,
    ...(version !== undefined ? { version } : {}),
  });
  if (!kept) {
    const message = `teammate ${payload.userId} not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;
    return withDiagnostic(state, at, 'limit-reached', message, { messageType: type });
  }
  return Object.freeze({ ...state, availability: records.result() });
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
  const current = records.held(owner);
  if (current?.version !== undefined && fetched.version <= current.version) return true;
  if (current?.pushedAt !== undefined && sentAt !== undefined && current.pushedAt >= sentAt) {
    return records.store(owner, { ...current, version: fetched.version });
  }
  const { updatedAt, pushedAt } = current ?? {};
  return records.store(owner, {
    ...common(fetched, userId, at),
    version: fetched.version,
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(pushedAt !== undefined ? { pushedAt } : {}),
  });
}

/** `USER.AVAILABILITY_CHANGED`: the agent's own availability. */
export const handleAvailabilityChanged: PlainHandler<'USER.AVAILABILITY_CHANGED'> = {
  plain: (state, event, at) => reducePushed(state, { self: true }, event.payload, at, event.type),
};

/** `USER.TEAMMATE_AVAILABILITY_CHANGED`: a teammate's availability. */
export const handleTeammateAvailabilityChanged: PlainHandler<'USER.TEAMMATE_AVAILABILITY_CHANGED'> = {
  plain: (state, event, at) =>
    reducePushed(state, { self: false, userId: event.payload.userId }, event.payload, at, event.type),
};

/** `API.FETCH_AVAILABILITIES_FULFILLED`: everyone's availability, keyed by user id. */
export const handleFetchAvailabilitiesFulfilled: Handler<'API.FETCH_AVAILABILITIES_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const context = fetchContext(draft, 'API.FETCH_AVAILABILITIES');
  fulfilRequest(draft, fx, 'API.FETCH_AVAILABILITIES', event.payload);
  let left = 0;
  changeRecords(draft, (records) => {
    for (const [key, fetched] of Object.entries(event.payload)) {
      const userId = Number(key);
      if (Number.isSafeInteger(userId) && !applyFetched(records, userId, fetched, at, context)) left += 1;
    }
  });
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
  const { userId } = event.payload;
  let kept = true;
  changeRecords(draft, (records) => {
    kept = applyFetched(records, userId, event.payload, at, context);
  });
  if (!kept) {
    const message = `teammate ${userId} not kept: the kit holds ${TEAMMATE_LIMIT} teammates`;
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
