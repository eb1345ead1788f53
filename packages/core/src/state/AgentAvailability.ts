import type { AvailabilitySetting, AvailabilityStatus } from '../protocol/enums';

/** One agent's availability. */
export interface AgentAvailability {
  readonly userId: number;
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  /** From `USER.*AVAILABILITY_CHANGED`; older ones are ignored. */
  readonly updatedAt?: number;
  /** From `API.FETCH_*`; older ones are ignored. */
  readonly version?: number;
  readonly receivedAt: number;
  /** Arrival of the last pushed change (a fetch sent before it must not overwrite it). */
  readonly pushedAt?: number;
  /** `receivedAt + wrapUpTimeTtl` seconds while in after-call work (Decision 9). */
  readonly wrapUpEndsAt?: number;
}

/**
 * Teammates' availability, at most `TEAMMATE_LIMIT` of them: `selectTeammateAvailability` reads one,
 * `selectTeammates` lists them for a directory, `buckets.flat()` gives every record. The records are
 * spread over buckets so that a teammate's change copies one small bucket, not the whole team.
 */
export interface TeammateAvailabilities {
  /** How many teammates are held. */
  readonly size: number;
  /** The records, in buckets by a hash of the user id (the kit's layout: find one with the selector). */
  readonly buckets: readonly (readonly AgentAvailability[])[];
}

/**
 * The agent's availability setting as the bus accepted it (`API.UPDATE_AVAILABILITY_FULFILLED`). The bus
 * reports the status a setting gives (`on_a_break` shows as `do_not_disturb`), never the setting.
 */
export interface AvailabilityChoice {
  readonly setting: AvailabilitySetting;
  /**
   * `receivedAt` of the agent's availability held when the setting was sent: while that record stands,
   * the status the accepted setting gives has not arrived yet, so the setting is shown whatever the status.
   */
  readonly sentOver: number | undefined;
}
