import type * as v from 'valibot';
import type { AvailabilityPayload } from '../entities';
import { finiteNumber, line, listOf, nonEmptyString, open, opt, type ServiceEventSchemas } from './shared';

/** Availability of an agent; Decision 8: any non-empty status is kept as sent. */
export const availabilityPayload = open({
  userId: finiteNumber,
  status: nonEmptyString,
  wrapUpTimeConfig: opt(finiteNumber),
  wrapUpTimeTtl: opt(finiteNumber),
  updatedAt: finiteNumber,
}) satisfies v.GenericSchema<unknown, AvailabilityPayload>;

/** Schemas of the `USER.*` events. */
export const USER_EVENT_SCHEMAS = {
  'USER.AVAILABILITY_CHANGED': availabilityPayload,
  'USER.TEAMMATE_AVAILABILITY_CHANGED': availabilityPayload,
  'USER.LINES_CHANGED': open({ lines: listOf(line) }),
} as const satisfies ServiceEventSchemas<'USER'>;
