import type * as v from 'valibot';
import type { BusEventPayloadMap, BusEventType } from '../events';
import { API_EVENT_SCHEMAS } from './api';
import { DIALER_EVENT_SCHEMAS } from './dialer';
import { AUTH_EVENT_SCHEMAS, BUS_EVENT_SCHEMAS } from './session';
import { open } from './shared';
import { USER_EVENT_SCHEMAS } from './user';

export { COMMAND_PAYLOAD_SCHEMAS, commandMeta } from './commands';

/**
 * One payload schema per event type. Each service file checks its own keys exactly; this check makes a
 * new entry in `BusEventPayloadMap` a compile error until its schema exists.
 */
export const EVENT_PAYLOAD_SCHEMAS =
  // A pure call around the spreads: esbuild keeps an unused object spread (a getter could run), and with
  // it every event schema, in bundles that never parse an event.
  /*#__PURE__*/ (() =>
    ({
      ...BUS_EVENT_SCHEMAS,
      ...AUTH_EVENT_SCHEMAS,
      ...DIALER_EVENT_SCHEMAS,
      ...USER_EVENT_SCHEMAS,
      ...API_EVENT_SCHEMAS,
    }) as const satisfies {
      readonly [K in BusEventType]: v.GenericSchema<unknown, BusEventPayloadMap[K]>;
    })();

/** `meta` of an event: any object, never read by the reducer. */
export const eventMeta = /*#__PURE__*/ open({});
