// @dialer-kit/core/protocol: the dialer bus protocol as data, for bus implementers and tools (a simulator, a
// proxy, a recorder): every command and event type, the payload types, and the validators the kit itself
// runs on untrusted messages. Apps do not need it: the store validates what it receives and sends.

export type { CommandParseResult } from '../parseBusCommand';
export { BUS_COMMAND_TYPES, isBusCommandType, parseBusCommand } from '../parseBusCommand';
export type { ParseResult } from '../parseBusEvent';
export { BUS_EVENT_TYPES, isBusEventType, parseBusEvent } from '../parseBusEvent';
export type {
  BusCommand,
  BusCommandOf,
  BusCommandPayloadMap,
  BusCommandType,
  CommandMeta,
  FireAndForgetCommandType,
  RequestCommandType,
} from '../protocol/commands';
export { REQUEST_COMMANDS } from '../protocol/commands';
export type {
  AvailabilityPayload,
  BusError,
  BusUser,
  CallMetadata,
  ClientId,
  ExternalParty,
  FetchedAvailability,
  Line,
  Open,
  Participant,
  PhoneNumber,
  Tag,
} from '../protocol/entities';
export type {
  BusEvent,
  BusEventOf,
  BusEventPayloadMap,
  BusEventType,
  BusMeta,
  IncomingPayload,
  RejectedPayload,
} from '../protocol/events';
export type { ParseError } from '../protocol/kitEvents';
