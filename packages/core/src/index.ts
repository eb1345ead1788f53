// Public API of @dialer-kit/core. Framework-free: no React, no window access at import time.

export { commands } from './commands/commands';
export { controlFor } from './commands/controlFor';
export { getControls } from './controls/getControls';
export type { ControlName, ControlReason, ControlState, Controls } from './controls/types';
export { CONTROL_NAMES } from './controls/types';
export type { CommandParseResult } from './parseBusCommand';
export { BUS_COMMAND_TYPES, isBusCommandType, parseBusCommand } from './parseBusCommand';
export type { ParseResult } from './parseBusEvent';
export { BUS_EVENT_TYPES, isBusEventType, parseBusEvent } from './parseBusEvent';
export type {
  BusCommand,
  BusCommandOf,
  BusCommandPayloadMap,
  BusCommandType,
  CommandMeta,
  FireAndForgetCommandType,
  RequestCommandType,
} from './protocol/commands';
export { REQUEST_COMMANDS } from './protocol/commands';
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
} from './protocol/entities';
export type {
  AvailabilitySetting,
  AvailabilityStatus,
  CallDirection,
  CallFlow,
  CallMode,
  CallStatus,
  DialingMode,
  IncomingType,
  KnownAvailabilityStatus,
  KnownIncomingType,
  ParticipantState,
  RecordingState,
  Service,
} from './protocol/enums';
export {
  AVAILABILITY_SETTINGS,
  AVAILABILITY_STATUSES,
  CALL_DIRECTIONS,
  CALL_FLOWS,
  CALL_MODES,
  CALL_STATUSES,
  DIALING_MODES,
  INCOMING_TYPES,
  PARTICIPANT_STATES,
  RECORDING_STATES,
  SERVICES,
} from './protocol/enums';
export type {
  BusEvent,
  BusEventOf,
  BusEventPayloadMap,
  BusEventType,
  BusMeta,
  IncomingPayload,
  RejectedPayload,
} from './protocol/events';
export type {
  CommandDetail,
  DropReason,
  KitEvent,
  KitEventOf,
  KitEventPayloadMap,
  KitEventType,
  ParseError,
} from './protocol/kitEvents';
export type { UndocumentedCommandType } from './protocol/undocumentedCommands';
export { UNDOCUMENTED_COMMANDS } from './protocol/undocumentedCommands';
export { reduceDialer } from './reduceDialer';
export type { RequestResult } from './reducer/effects';
export type { AfterCallSummary, AfterCallTagging } from './selectors/afterCall';
export { selectAfterCallSummary, selectAfterCallTagging } from './selectors/afterCall';
export {
  selectAvailabilityStatus,
  selectAvailabilityUpdating,
  selectOwnAvailability,
  selectTeammateAvailability,
} from './selectors/availability';
export { type AvailabilityChoice, selectedAvailabilitySetting } from './selectors/availabilitySetting';
export { type CallSummary, selectCallSummary } from './selectors/callSummary';
export { type LastFailureFilter, selectLastFailure } from './selectors/lastFailure';
export { lastFailureOf } from './selectors/lastFailureOf';
export { type LoginFailure, loginFailure } from './selectors/loginFailure';
export { selectOfferedCall } from './selectors/offeredCall';
export type { CoachingRole, CoachingState } from './selectors/selectCoaching';
export { selectCoaching } from './selectors/selectCoaching';
export type {
  ConferenceParticipant,
  ConferencePhase,
  ConferenceState,
} from './selectors/selectConference';
export { selectConference } from './selectors/selectConference';
export { lineNumber, selectedLine } from './selectors/selectedLine';
export type { SecondCallPhase, SecondCallState } from './selectors/selectSecondCall';
export { selectSecondCall } from './selectors/selectSecondCall';
export { type CallPhase, callPhase, isCallUnderWay } from './selectors/statusGroups';
export { selectTaggingFailure, selectTaggingRequired, selectTagsSubmitting } from './selectors/tagging';
export type { TeammateAction, TeammateEntry } from './selectors/teammateDirectory';
export {
  searchTeammates,
  selectTeammateAction,
  selectTeammates,
  teammateAddress,
} from './selectors/teammateDirectory';
export type { PartyName, TransferParties } from './selectors/transferParties';
export {
  selectWarmTransfer,
  selectWarmTransferPhase,
  TRANSFER_OPERATIONS,
  type WarmTransferPhase,
  type WarmTransferState,
} from './selectors/warmTransfer';
export type { InitialStateOptions } from './state/createInitialState';
export { createInitialState } from './state/createInitialState';
export type {
  AgentAvailability,
  CallParty,
  CallState,
  ConnectionState,
  Diagnostic,
  DiagnosticCode,
  DialerState,
  FailedOperation,
  IncomingCall,
  InFlightRequest,
  Operation,
  PendingCommand,
  SessionPhase,
  SessionState,
  TeammateAvailabilities,
} from './state/DialerState';
export { checkInvariants } from './state/invariants';
export { TEAMMATE_LIMIT } from './state/teammates';

export { createDialerStore } from './store/createDialerStore';
export type {
  DialerActions,
  DialerStore,
  DialerStoreOptions,
  ReadonlyDialerStoreApi,
  SelectionStorage,
  SendResult,
  TrafficEntry,
} from './store/types';

export type { BusTransport } from './transport/BusTransport';
export type { MemoryBus, MemoryTransport, MemoryTransportOptions } from './transport/createMemoryTransport';
export { createMemoryTransport } from './transport/createMemoryTransport';
export type {
  PostMessageTransport,
  PostMessageTransportOptions,
} from './transport/createPostMessageTransport';
export { createPostMessageTransport } from './transport/createPostMessageTransport';
