import type { BusCommandOf } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';

const failure = (message: string) => ({ error: { message } });

/** `API.UPDATE_AVAILABILITY`: fulfilled; changes the agent's availability except in a call or after-call work. */
export function updateAvailability(
  ctx: BusContext,
  command: BusCommandOf<'API.UPDATE_AVAILABILITY'>,
): Refusal {
  if (ctx.faults.consume('updateAvailability')) {
    ctx.emit({
      type: 'API.UPDATE_AVAILABILITY_REJECTED',
      payload: failure('Availability not updated (simulated)'),
    });
    return undefined;
  }
  ctx.emit({ type: 'API.UPDATE_AVAILABILITY_FULFILLED' });
  if (!ctx.availability.choose(command.payload.status)) {
    ctx.log.add(
      'warning',
      'availability unchanged: the agent is in a call or in after-call work',
      command.type,
    );
  }
  return undefined;
}

/** `API.FETCH_AVAILABILITIES`: every member's availability, keyed by user id. */
export function fetchAvailabilities(ctx: BusContext): Refusal {
  ctx.emit(
    ctx.faults.consume('fetchAvailabilities')
      ? {
          type: 'API.FETCH_AVAILABILITIES_REJECTED',
          payload: failure('Availabilities unavailable (simulated)'),
        }
      : { type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: ctx.availability.fetchAll() },
  );
  return undefined;
}

/** `API.FETCH_USER_AVAILABILITY`: one member's availability, or `User not found`. */
export function fetchUserAvailability(
  ctx: BusContext,
  command: BusCommandOf<'API.FETCH_USER_AVAILABILITY'>,
): Refusal {
  const found = ctx.availability.fetchUser(command.payload.variables.userId);
  ctx.emit(
    found && !ctx.faults.consume('fetchUserAvailability')
      ? { type: 'API.FETCH_USER_AVAILABILITY_FULFILLED', payload: found }
      : { type: 'API.FETCH_USER_AVAILABILITY_REJECTED', payload: failure('User not found') },
  );
  return undefined;
}

/** `API.UPDATE_CALL_TAGS`: replaces the tags of a known call; rejected (no payload, as documented) otherwise. */
export function updateCallTags(ctx: BusContext, command: BusCommandOf<'API.UPDATE_CALL_TAGS'>): Refusal {
  const { callUuid, tagIds } = command.payload;
  const call = ctx.state.calls.get(callUuid);
  const known = tagIds.every((id) => ctx.settings.tags.some((tag) => tag.id === id));
  if (!call || !known || ctx.faults.consume('updateCallTags')) {
    ctx.emit({ type: 'API.UPDATE_CALL_TAGS_REJECTED' });
    return undefined;
  }
  call.tags = [...tagIds];
  ctx.emit({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
  return undefined;
}
