import type * as v from 'valibot';
import type { FetchedAvailability } from '../entities';
import {
  finiteNumber,
  nonEmptyString,
  open,
  opt,
  optionalOpenPayload,
  recordOf,
  rejectedPayload,
  type ServiceEventSchemas,
} from './shared';

/** Availability as answered by `API.FETCH_*AVAILABILIT*`; Decision 8 for `status`. */
export const fetchedAvailability = open({
  status: nonEmptyString,
  wrapUpTimeConfig: opt(finiteNumber),
  wrapUpTimeTtl: opt(finiteNumber),
  version: finiteNumber,
}) satisfies v.GenericSchema<unknown, FetchedAvailability>;

/** Schemas of the `API.*` answers. */
export const API_EVENT_SCHEMAS = {
  'API.UPDATE_AVAILABILITY_FULFILLED': optionalOpenPayload,
  'API.UPDATE_AVAILABILITY_REJECTED': rejectedPayload,
  'API.FETCH_AVAILABILITIES_FULFILLED': recordOf(fetchedAvailability),
  'API.FETCH_AVAILABILITIES_REJECTED': rejectedPayload,
  'API.FETCH_USER_AVAILABILITY_FULFILLED': open({
    userId: finiteNumber,
    status: nonEmptyString,
    wrapUpTimeConfig: opt(finiteNumber),
    wrapUpTimeTtl: opt(finiteNumber),
    version: finiteNumber,
  }),
  'API.FETCH_USER_AVAILABILITY_REJECTED': rejectedPayload,
  'API.UPDATE_CALL_TAGS_FULFILLED': optionalOpenPayload,
  'API.UPDATE_CALL_TAGS_REJECTED': rejectedPayload,
} as const satisfies ServiceEventSchemas<'API'>;
