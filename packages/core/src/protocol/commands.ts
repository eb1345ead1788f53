import type { ClientId, Open, PhoneNumber } from './entities';
import type { AvailabilitySetting, CallMode, DialingMode, Service } from './enums';

/**
 * Every command the kit sends to the bus, keyed by `type`, valued by payload (`undefined`: no payload key).
 * One entry per row of PROTOCOL.md sections 1 and 3.
 */
export interface BusCommandPayloadMap {
  'BUS.REGISTER': { readonly origin: string; readonly appName: string; readonly release: string };
  'BUS.INIT': { readonly services: readonly Service[] };
  'BUS.DESTROY': { readonly services: readonly Service[] };
  'AUTH.EMAIL_AND_PASSWORD': { readonly email: string; readonly password: string };
  'DIALER.DIAL': { readonly from: PhoneNumber; readonly to: PhoneNumber | ClientId };
  'DIALER.ACCEPT': undefined;
  'DIALER.REJECT': undefined;
  'DIALER.HANGUP': undefined;
  'DIALER.HOLD': { readonly shouldHold: boolean; readonly legId: string };
  /** Decision: undocumented payload, kept in this one place (listed in `UNDOCUMENTED_COMMANDS`). */
  'DIALER.MUTE': { readonly shouldMute: boolean };
  /**
   * Not in PROTOCOL.md: the kit's recording control needs a command and the public documentation names
   * none. Kept in this one place, like MUTE, so it is easy to change once the bus documents it (listed in
   * `UNDOCUMENTED_COMMANDS`; a host may turn it off).
   */
  'DIALER.SET_RECORDING': { readonly shouldRecord: boolean };
  'DIALER.SET_TAGS': { readonly tagIds: readonly number[] };
  'DIALER.RESET': undefined;
  'DIALER.START_WARM_TRANSFER': { readonly to: PhoneNumber | ClientId };
  'DIALER.SWAP_PARTICIPANT': undefined;
  'DIALER.MERGE_WARM_TRANSFER': undefined;
  'DIALER.START_CONCURRENT_CALL': { readonly to: PhoneNumber | ClientId };
  'DIALER.INVITE_PARTICIPANT': { readonly to: PhoneNumber | ClientId };
  'DIALER.KICK_PARTICIPANT': { readonly legId: string };
  'DIALER.JOIN_COACHING': { readonly callUuid: string; readonly incognito: boolean };
  'API.UPDATE_AVAILABILITY': { readonly status: AvailabilitySetting };
  'API.FETCH_AVAILABILITIES': undefined;
  'API.FETCH_USER_AVAILABILITY': { readonly variables: { readonly userId: number } };
  'API.UPDATE_CALL_TAGS': { readonly tagIds: readonly number[]; readonly callUuid: string };
}

/** The type of a command. */
export type BusCommandType = keyof BusCommandPayloadMap;

/** `meta` of a command: `DIAL` and `ACCEPT` carry tracking. */
export type CommandMeta = Open & {
  readonly tracking?: { readonly dialing_mode?: DialingMode; readonly call_mode?: CallMode };
};

/** One command as a discriminated union member. */
export type BusCommandOf<K extends BusCommandType> = [BusCommandPayloadMap[K]] extends [undefined]
  ? { readonly type: K; readonly meta?: CommandMeta }
  : { readonly type: K; readonly payload: BusCommandPayloadMap[K]; readonly meta?: CommandMeta };

/** Any command the kit sends to the bus. */
export type BusCommand = { [K in BusCommandType]: BusCommandOf<K> }[BusCommandType];

/**
 * Commands answered by `X_FULFILLED` / `X_REJECTED` (section 1, answer style 1). At most one of each type
 * is in flight; each settles as rejected after a timeout.
 */
export const REQUEST_COMMANDS = [
  'BUS.REGISTER',
  'BUS.INIT',
  'BUS.DESTROY',
  'AUTH.EMAIL_AND_PASSWORD',
  'DIALER.SET_TAGS',
  'API.UPDATE_AVAILABILITY',
  'API.FETCH_AVAILABILITIES',
  'API.FETCH_USER_AVAILABILITY',
  'API.UPDATE_CALL_TAGS',
] as const satisfies readonly BusCommandType[];
/** A request/response command type. */
export type RequestCommandType = (typeof REQUEST_COMMANDS)[number];
/** A fire-and-forget command type (effect seen in CALL_STATUS / SYNC). */
export type FireAndForgetCommandType = Exclude<BusCommandType, RequestCommandType>;
