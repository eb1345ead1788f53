import type { AvailabilityPayload, FetchedAvailability } from '../protocol/entities';
import { fitsSetting } from '../selectors/availabilitySetting';
import type { AgentAvailability } from '../state/DialerState';
import { deepEqual } from './deepEqual';
import { addDiagnostic } from './diagnostics';
import { clearFailure, setFailure } from './operations';
import { fulfilRequest, rejectRequest } from './requests';
import { castDraft, type DraftState, type Handler } from './types';

/** Whose availability a record is: the agent's own, or a teammate's (by id). */
type Owner = { readonly self: true } | { readonly self: false; readonly userId: number };

function held(draft: DraftState, owner: Owner): AgentAvailability | undefined {
  return owner.self ? draft.availability.self : draft.availability.teammates[String(owner.userId)];
}

function store(draft: DraftState, owner: Owner, next: AgentAvailability): void {
  if (owner.self) draft.availability.self = castDraft(next);
  else draft.availability.teammates[String(owner.userId)] = castDraft(next);
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
 * A pushed change (`updatedAt` clock): older than held is stale. An equal one is old news when it repeats
 * the held push; with other content it is a second change within one clock tick and is applied.
 */
function applyPushed(
  draft: DraftState,
  owner: Owner,
  payload: AvailabilityPayload,
  at: number,
  type: string,
): void {
  const current = held(draft, owner);
  if (current?.updatedAt !== undefined) {
    if (payload.updatedAt < current.updatedAt) {
      addDiagnostic(draft, at, 'stale-event', `availability of ${payload.userId} older than held`, {
        messageType: type,
      });
      return;
    }
    if (payload.updatedAt === current.updatedAt && repeatsHeld(current, payload)) return;
  }
  const version = current?.version;
  store(draft, owner, {
    ...common(payload, payload.userId, at),
    updatedAt: payload.updatedAt,
    pushedAt: at,
    ...(version !== undefined ? { version } : {}),
  });
}

/**
 * A fetched record (`version` clock): kept only when newer than held, and never over a change pushed
 * after the fetch was sent (`sentAt`), whose content is newer; then only the version is raised.
 */
function applyFetched(
  draft: DraftState,
  userId: number,
  fetched: FetchedAvailability,
  at: number,
  sentAt: number | undefined,
): void {
  // The session user decides; before it is known, the agent the bus last reported as self.
  const selfId = draft.user?.id ?? draft.availability.self?.userId;
  const isSelf = userId === selfId;
  const owner: Owner = isSelf ? { self: true } : { self: false, userId };
  const current = held(draft, owner);
  if (current?.version !== undefined && fetched.version <= current.version) return;
  if (current?.pushedAt !== undefined && sentAt !== undefined && current.pushedAt >= sentAt) {
    store(draft, owner, { ...current, version: fetched.version });
    return;
  }
  const { updatedAt, pushedAt } = current ?? {};
  store(draft, owner, {
    ...common(fetched, userId, at),
    version: fetched.version,
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(pushedAt !== undefined ? { pushedAt } : {}),
  });
}

/** `USER.AVAILABILITY_CHANGED`: the agent's own availability. */
export const handleAvailabilityChanged: Handler<'USER.AVAILABILITY_CHANGED'> = (draft, event, at) => {
  applyPushed(draft, { self: true }, event.payload, at, event.type);
  dropContradictedChoice(draft);
};

/** `USER.TEAMMATE_AVAILABILITY_CHANGED`: a teammate's availability. */
export const handleTeammateAvailabilityChanged: Handler<'USER.TEAMMATE_AVAILABILITY_CHANGED'> = (
  draft,
  event,
  at,
) => applyPushed(draft, { self: false, userId: event.payload.userId }, event.payload, at, event.type);

/** `API.FETCH_AVAILABILITIES_FULFILLED`: everyone's availability, keyed by user id. */
export const handleFetchAvailabilitiesFulfilled: Handler<'API.FETCH_AVAILABILITIES_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const sentAt = draft.requests['API.FETCH_AVAILABILITIES']?.sentAt;
  fulfilRequest(draft, fx, 'API.FETCH_AVAILABILITIES', event.payload);
  for (const [key, fetched] of Object.entries(event.payload)) {
    const userId = Number(key);
    if (Number.isSafeInteger(userId)) applyFetched(draft, userId, fetched, at, sentAt);
  }
  dropContradictedChoice(draft);
};

/** `API.FETCH_USER_AVAILABILITY_FULFILLED`: one user's availability. */
export const handleFetchUserAvailabilityFulfilled: Handler<'API.FETCH_USER_AVAILABILITY_FULFILLED'> = (
  draft,
  event,
  at,
  fx,
) => {
  const sentAt = draft.requests['API.FETCH_USER_AVAILABILITY']?.sentAt;
  fulfilRequest(draft, fx, 'API.FETCH_USER_AVAILABILITY', event.payload);
  applyFetched(draft, event.payload.userId, event.payload, at, sentAt);
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
  const { self, chosenSetting: choice } = draft.availability;
  if (choice === undefined || self === undefined || self.receivedAt === choice.sentOver) return;
  const settled = self.status === 'available' || self.status === 'do_not_disturb';
  if (settled && !fitsSetting(choice.setting, self.status)) delete draft.availability.chosenSetting;
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
