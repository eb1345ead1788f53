import type { AvailabilityStatus } from '../protocol/enums';
import type { AgentAvailability } from '../state/AgentAvailability';
import type { DialerState } from '../state/DialerState';
import { findTeammate } from '../state/teammates';

/** The agent's own availability as last reported, `undefined` until the bus reports it. */
export function selectOwnAvailability(state: DialerState): AgentAvailability | undefined {
  return state.availability.self;
}

/** The agent's availability status, `undefined` until known. Unknown statuses are kept as sent (Decision 8). */
export function selectAvailabilityStatus(state: DialerState): AvailabilityStatus | undefined {
  return state.availability.self?.status;
}

/** An availability update (`API.UPDATE_AVAILABILITY`) is awaiting its answer. */
export function selectAvailabilityUpdating(state: DialerState): boolean {
  return state.requests['API.UPDATE_AVAILABILITY'] !== undefined;
}

/** A teammate's availability as last reported, `undefined` when the kit holds none for them. */
export function selectTeammateAvailability(
  state: DialerState,
  userId: number,
): AgentAvailability | undefined {
  return findTeammate(state.availability.teammates, userId);
}
