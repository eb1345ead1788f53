import type * as v from 'valibot';
import type { AvailabilityPayload } from '../entities';
import { availabilityOf, line, listOf, num, open, type ServiceEventSchemas } from './shared';

/** Availability of an agent; Decision 8: any non-empty status is kept as sent. */
const availabilityPayload = availabilityOf({ userId: num, updatedAt: num }) satisfies v.GenericSchema<
  unknown,
  AvailabilityPayload
>;

/** Schemas of the `USER.*` events. */
export const USER_EVENT_SCHEMAS = {
  'USER.AVAILABILITY_CHANGED': availabilityPayload,
  'USER.TEAMMATE_AVAILABILITY_CHANGED': availabilityPayload,
  'USER.LINES_CHANGED': open({ lines: listOf(line) }),
} as const satisfies ServiceEventSchemas<'USER'>;
