import type {
  AvailabilityPayload,
  BusError,
  BusUser,
  CallMetadata,
  ClientId,
  FetchedAvailability,
  Line,
  Open,
  PhoneNumber,
  Tag,
} from './entities';
import type { CallFlow, CallStatus, IncomingType } from './enums';

/** Payload of a `_REJECTED` answer. The fixtures show it may be absent. */
export type RejectedPayload = (Open & { readonly error?: BusError | string }) | undefined;

/** `DIALER.INCOMING` payload (section 2): shared fields plus the ones its `type` adds. */
export type IncomingPayload = Open & {
  readonly type: IncomingType;
  readonly callUuid: string;
  readonly from?: PhoneNumber | ClientId;
  readonly to?: PhoneNumber | ClientId;
  /** cold-transfer: the teammate who transferred the call. */
  readonly transferer?: ClientId;
  /** warm-transfer: the customer being transferred. */
  readonly external?: PhoneNumber;
};

/**
 * Every event the bus sends to the kit, keyed by `type`, valued by payload (`undefined`: no payload key).
 * The union {@link BusEvent}, the validators and the reducer's handler table are all keyed by these names.
 */
export interface BusEventPayloadMap {
  'BUS.REGISTER_FULFILLED': (Open & { readonly user?: BusUser }) | undefined;
  'BUS.REGISTER_REJECTED': RejectedPayload;
  'BUS.INIT_FULFILLED': undefined;
  'BUS.DESTROY_FULFILLED': undefined;
  'AUTH.EMAIL_AND_PASSWORD_FULFILLED': Open & {
    readonly credentials?: Open;
    readonly currentUser?: BusUser;
    readonly company?: Open;
  };
  'AUTH.EMAIL_AND_PASSWORD_REJECTED': RejectedPayload;
  'AUTH.TOKEN_REFRESHED': Open & { readonly idToken?: string; readonly refreshToken?: string };
  'AUTH.REFRESH_TOKEN_EXPIRED': undefined;
  'DIALER.DIALING': Open & { readonly from: PhoneNumber; readonly to: PhoneNumber | ClientId };
  'DIALER.INCOMING': IncomingPayload;
  /** `flow` is absent when `status` is `idle`; absent otherwise is tolerated (Decision 10). */
  'DIALER.CALL_STATUS': Open & { readonly status: CallStatus; readonly flow?: CallFlow };
  'DIALER.SYNC': Open & { readonly metadata: CallMetadata };
  'DIALER.SET_TAGS_FULFILLED': readonly Tag[];
  'DIALER.SET_TAGS_REJECTED': RejectedPayload;
  'USER.AVAILABILITY_CHANGED': AvailabilityPayload;
  'USER.TEAMMATE_AVAILABILITY_CHANGED': AvailabilityPayload;
  'USER.LINES_CHANGED': Open & { readonly lines: readonly Line[] };
  'API.UPDATE_AVAILABILITY_FULFILLED': Open | undefined;
  'API.UPDATE_AVAILABILITY_REJECTED': RejectedPayload;
  'API.FETCH_AVAILABILITIES_FULFILLED': { readonly [userId: string]: FetchedAvailability };
  'API.FETCH_AVAILABILITIES_REJECTED': RejectedPayload;
  'API.FETCH_USER_AVAILABILITY_FULFILLED': FetchedAvailability & { readonly userId: number };
  'API.FETCH_USER_AVAILABILITY_REJECTED': RejectedPayload;
  'API.UPDATE_CALL_TAGS_FULFILLED': Open | undefined;
  'API.UPDATE_CALL_TAGS_REJECTED': RejectedPayload;
}

/** The type of a bus event. */
export type BusEventType = keyof BusEventPayloadMap;

/** Envelope meta: open, never read by the reducer. */
export type BusMeta = Open;

/** One bus event as a discriminated union member: no `payload` key when the payload map says `undefined`. */
export type BusEventOf<K extends BusEventType> = undefined extends BusEventPayloadMap[K]
  ? [BusEventPayloadMap[K]] extends [undefined]
    ? { readonly type: K; readonly meta?: BusMeta }
    : {
        readonly type: K;
        readonly payload?: Exclude<BusEventPayloadMap[K], undefined>;
        readonly meta?: BusMeta;
      }
  : { readonly type: K; readonly payload: BusEventPayloadMap[K]; readonly meta?: BusMeta };

/** Any event the bus sends to the kit. */
export type BusEvent = { [K in BusEventType]: BusEventOf<K> }[BusEventType];
