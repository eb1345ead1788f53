import fc from 'fast-check';
import {
  type BusCommandType,
  type FireAndForgetCommandType,
  REQUEST_COMMANDS,
} from '../../src/protocol/commands';
import type { CallMetadata, Participant } from '../../src/protocol/entities';
import {
  AVAILABILITY_STATUSES,
  CALL_FLOWS,
  CALL_STATUSES,
  type CallFlow,
  type CallStatus,
  INCOMING_TYPES,
  PARTICIPANT_STATES,
} from '../../src/protocol/enums';
import type { BusEvent } from '../../src/protocol/events';
import type { KitEvent } from '../../src/protocol/kitEvents';
import { COMMAND_OPERATIONS } from '../../src/reducer/operations';

// Small pools, so that generated events meet again: the same leg swaps, the same user is updated, the
// timeout names the command that is pending (events arrive 1 000 ms apart).
const legId = fc.constantFrom('L1', 'L2', 'L3');
const address = fc.constantFrom('+14155550199', '+33176360695', 'client:654321', 'client:777001');
const userId = fc.constantFrom(123456, 654321, 777001);
const arrival = fc.integer({ min: 1, max: 40 }).map((n) => n * 1_000);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const COMMAND_TYPES = Object.keys(COMMAND_OPERATIONS) as BusCommandType[];
const FIRE_AND_FORGET = COMMAND_TYPES.filter(
  (type) => !(REQUEST_COMMANDS as readonly string[]).includes(type),
) as FireAndForgetCommandType[];

/** `T` with its `undefined`-able fields made optional instead. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops `undefined` values so optional fields are absent, as in a real message. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Compact<T>;
}

/** A SYNC participant from the small leg and address pools. */
const participant: fc.Arbitrary<Participant> = fc
  .record({
    legId,
    isHeld: fc.boolean(),
    state: fc.constantFrom(...PARTICIPANT_STATES),
    who: fc.oneof(
      address.map((phoneNumber) => ({ external: { phoneNumber } })),
      userId.map((id) => ({ user: { id } })),
    ),
  })
  .map(({ who, ...rest }) => ({ ...rest, ...who }));

/** SYNC metadata with some of the fields the reducer reads. */
const metadata: fc.Arbitrary<CallMetadata> = fc
  .record({
    callUuid: maybe(fc.constantFrom('CA01', 'CA02')),
    recordingState: maybe(fc.constantFrom('idle', 'recording', 'paused') as fc.Arbitrary<'idle'>),
    activeParticipant: maybe(participant),
    inactiveParticipant: maybe(participant),
    participants: maybe(fc.array(participant, { maxLength: 3 })),
  })
  .map(compact);

/** A well-formed CALL_STATUS; `flow` sometimes missing (Decision 10). */
export const callStatus = (
  statuses: readonly CallStatus[] = CALL_STATUSES,
): fc.Arbitrary<Extract<BusEvent, { type: 'DIALER.CALL_STATUS' }>> =>
  fc
    .record({ status: fc.constantFrom(...statuses), flow: maybe(fc.constantFrom<CallFlow>(...CALL_FLOWS)) })
    .map((payload) => ({ type: 'DIALER.CALL_STATUS' as const, payload: compact(payload) }));

/** A well-formed SYNC. */
export const sync = metadata.map((m) => ({ type: 'DIALER.SYNC' as const, payload: { metadata: m } }));

const rejected = <T extends BusEvent['type']>(type: T) =>
  fc.constantFrom(
    { type },
    { type, payload: { error: { message: 'no' } } },
    { type, payload: { error: 'no' } },
  );

const availability = fc.record({
  userId,
  status: fc.constantFrom(...AVAILABILITY_STATUSES, 'lunch'),
  wrapUpTimeTtl: maybe(fc.integer({ min: 0, max: 60 })),
  updatedAt: fc.integer({ min: 1, max: 5 }),
});
const fetched = fc.record({
  status: fc.constantFrom(...AVAILABILITY_STATUSES),
  version: fc.integer({ min: 1, max: 5 }),
});

/** Any bus event, well formed. */
export const busEvent: fc.Arbitrary<BusEvent> = fc.oneof(
  { weight: 6, arbitrary: callStatus() },
  { weight: 3, arbitrary: sync },
  fc.record({ from: address, to: address }).map((payload) => ({ type: 'DIALER.DIALING' as const, payload })),
  fc
    .record({
      type: fc.constantFrom(...INCOMING_TYPES, 'callback'),
      callUuid: fc.constantFrom('CA01', 'CA02'),
      from: maybe(address),
      to: maybe(address),
    })
    .map((payload) => ({ type: 'DIALER.INCOMING' as const, payload: compact(payload) })),
  fc
    .array(fc.record({ id: fc.integer({ min: 1, max: 5 }) }))
    .map((payload) => ({ type: 'DIALER.SET_TAGS_FULFILLED' as const, payload })),
  rejected('DIALER.SET_TAGS_REJECTED'),
  availability.map((p) => ({ type: 'USER.AVAILABILITY_CHANGED' as const, payload: compact(p) })),
  availability.map((p) => ({ type: 'USER.TEAMMATE_AVAILABILITY_CHANGED' as const, payload: compact(p) })),
  fc
    .array(fc.record({ id: fc.integer({ min: 1, max: 3 }) }))
    .map((lines) => ({ type: 'USER.LINES_CHANGED' as const, payload: { lines } })),
  fc
    .dictionary(userId.map(String), fetched)
    .map((payload) => ({ type: 'API.FETCH_AVAILABILITIES_FULFILLED' as const, payload })),
  fc
    .record({
      userId,
      status: fc.constantFrom(...AVAILABILITY_STATUSES),
      version: fc.integer({ min: 1, max: 5 }),
    })
    .map((payload) => ({ type: 'API.FETCH_USER_AVAILABILITY_FULFILLED' as const, payload })),
  maybe(userId).map((id) =>
    id === undefined
      ? { type: 'BUS.REGISTER_FULFILLED' as const }
      : { type: 'BUS.REGISTER_FULFILLED' as const, payload: { user: { id } } },
  ),
  userId.map((id) => ({
    type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED' as const,
    payload: { currentUser: { id } },
  })),
  rejected('AUTH.EMAIL_AND_PASSWORD_REJECTED'),
  rejected('API.UPDATE_AVAILABILITY_REJECTED'),
  rejected('API.FETCH_AVAILABILITIES_REJECTED'),
  rejected('BUS.REGISTER_REJECTED'),
  fc.constantFrom<BusEvent>(
    { type: 'BUS.INIT_FULFILLED' },
    { type: 'BUS.DESTROY_FULFILLED' },
    { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
    { type: 'AUTH.TOKEN_REFRESHED', payload: { idToken: 'i', refreshToken: 'r' } },
    { type: 'API.UPDATE_AVAILABILITY_FULFILLED' },
    { type: 'API.UPDATE_CALL_TAGS_FULFILLED' },
    { type: 'API.UPDATE_CALL_TAGS_REJECTED' },
    { type: 'API.FETCH_USER_AVAILABILITY_REJECTED' },
  ),
);

/** Any kit event, including timeouts that may or may not name what is pending. */
const kitEvent: fc.Arbitrary<KitEvent> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        commandType: fc.constantFrom(...COMMAND_TYPES),
        detail: fc.record({ shouldMute: fc.boolean() }),
      })
      .map((payload) => ({ type: 'kit/commandSent' as const, payload })),
  },
  fc
    .record({ commandType: fc.constantFrom(...FIRE_AND_FORGET), sentAt: arrival })
    .map((payload) => ({ type: 'kit/commandTimedOut' as const, payload })),
  fc
    .record({ commandType: fc.constantFrom(...REQUEST_COMMANDS), sentAt: arrival })
    .map((payload) => ({ type: 'kit/requestTimedOut' as const, payload })),
  arrival.map((since) => ({ type: 'kit/swapUnconfirmed' as const, payload: { since } })),
  fc.boolean().map((reconnect) => ({ type: 'kit/connecting' as const, payload: { reconnect } })),
  fc.constant({ type: 'kit/closed' as const }),
  fc
    .array(fc.integer({ min: 1, max: 5 }))
    .map((tagIds) => ({ type: 'kit/tagSelectionChanged' as const, payload: { tagIds } })),
  fc.constant({
    type: 'kit/commandRefused' as const,
    payload: { commandType: 'DIALER.DIAL' as const, reason: 'not-ready' },
  }),
  fc.constant({
    type: 'kit/messageDropped' as const,
    payload: { reason: 'foreign-origin' as const, origin: 'https://x.example' },
  }),
);

/** Any event the reducer takes, bus events more often. */
export const dialerEvent = fc.oneof({ weight: 3, arbitrary: busEvent }, { weight: 1, arbitrary: kitEvent });
