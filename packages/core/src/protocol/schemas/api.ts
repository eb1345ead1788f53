import type * as v from 'valibot';
import type { FetchedAvailability } from '../entities';
import {
  availabilityOf,
  num,
  optionalOpenPayload,
  recordOf,
  rejectedPayload,
  type ServiceEventSchemas,
} from './shared';

/** Availability as answered by `API.FETCH_*AVAILABILIT*`; Decision 8 for `status`. */
const fetchedAvailability = availabilityOf({ version: num }) satisfies v.GenericSchema<
  unknown,
  FetchedAvailability
>;

/** Schemas of the `API.*` answers. */
export const API_EVENT_SCHEMAS = {
  'API.UPDATE_AVAILABILITY_FULFILLED': optionalOpenPayload,
  'API.UPDATE_AVAILABILITY_REJECTED': rejectedPayload,
  'API.FETCH_AVAILABILITIES_FULFILLED': recordOf(fetchedAvailability),
  'API.FETCH_AVAILABILITIES_REJECTED': rejectedPayload,
  'API.FETCH_USER_AVAILABILITY_FULFILLED': availabilityOf({ userId: num, version: num }),
  'API.FETCH_USER_AVAILABILITY_REJECTED': rejectedPayload,
  'API.UPDATE_CALL_TAGS_FULFILLED': optionalOpenPayload,
  'API.UPDATE_CALL_TAGS_REJECTED': rejectedPayload,
} as const satisfies ServiceEventSchemas<'API'>;
