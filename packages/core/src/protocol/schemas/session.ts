import * as v from 'valibot';
import { busUser, noPayload, open, opt, rejectedPayload, type ServiceEventSchemas, str } from './shared';

/** Schemas of the `BUS.*` events (bring-up and tear-down, section 1). */
export const BUS_EVENT_SCHEMAS = {
  // No payload: no session; `{user}`: session restored.
  'BUS.REGISTER_FULFILLED': /*#__PURE__*/ v.optional(open({ user: opt(busUser) })),
  'BUS.REGISTER_REJECTED': rejectedPayload,
  'BUS.INIT_FULFILLED': noPayload,
  'BUS.DESTROY_FULFILLED': noPayload,
} as const satisfies ServiceEventSchemas<'BUS'>;

/** Schemas of the `AUTH.*` events. */
export const AUTH_EVENT_SCHEMAS = {
  'AUTH.EMAIL_AND_PASSWORD_FULFILLED': open({
    credentials: opt(open({})),
    currentUser: opt(busUser),
    company: opt(open({})),
  }),
  'AUTH.EMAIL_AND_PASSWORD_REJECTED': rejectedPayload,
  'AUTH.TOKEN_REFRESHED': open({ idToken: opt(str), refreshToken: opt(str) }),
  'AUTH.REFRESH_TOKEN_EXPIRED': noPayload,
} as const satisfies ServiceEventSchemas<'AUTH'>;
