// Public API of @dialer-kit/core for apps: the store, its verbs and controls, selectors, the transport and
// the types they name. Framework-free: no React, no window access at import time. Bus implementers parse
// and check messages with `@dialer-kit/core/protocol`; tests find their tools in `@dialer-kit/core/testing`.

export { commands } from './commands/commands';
export { controlFor } from './commands/controlFor';
export { defaultLine } from './controls/defaultLine';
export { getControls } from './controls/getControls';
export { selectHoldControl } from './controls/selectHoldControl';
export type { ControlName, ControlReason, ControlState, Controls } from './controls/types';
export { CONTROL_NAMES } from './controls/types';
export {
  type PageDocument,
  type PageLifecycleOptions,
  type PageWindow,
  watchPageLifecycle,
} from './page/watchPageLifecycle';
export type { BusCommand, BusCommandOf, BusCommandType } from './protocol/commands';
export type {
  BusUser,
  CallMetadata,
  ClientId,
  ExternalParty,
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
export type { BusEvent, BusEventOf, BusEventType } from './protocol/events';
export type { UndocumentedCommandType } from './protocol/undocumentedCommands';
export { UNDOCUMENTED_COMMANDS } from './protocol/undocumentedCommands';
export { reduceDialer } from './reduceDialer';
export type { CallLifecycleEvent, CallTagsConfirmed } from './reducer/effects';
export { RECENT_CALLS_LIMIT } from './reducer/recentCalls';
export type { FailureReason, Result } from './result';
export type { AfterCallTagging } from './selectors/afterCall';
export { selectAfterCallSummary, selectAfterCallTagging } from './selectors/afterCall';
export {
  selectAvailabilityStatus,
  selectAvailabilityUpdating,
  selectOwnAvailability,
  selectTeammateAvailability,
} from './selectors/availability';
export { selectedAvailabilitySetting } from './selectors/availabilitySetting';
export { type CallIndicators, selectCallIndicators } from './selectors/callIndicators';
export {
  type CallEndCause,
  type CallNotice,
  type ReportedCallEndCause,
  selectCallEndCause,
  selectCallNotice,
  selectSavedTags,
} from './selectors/callNotice';
export { type CallEndedBy, type CallRecord, selectCallRecord } from './selectors/callRecord';
export { type CallSummary, selectCallSummary } from './selectors/callSummary';
export { selectDialAnswered } from './selectors/dialAnswered';
export { type LastFailureFilter, selectLastFailure } from './selectors/lastFailure';
export { lastFailureOf } from './selectors/lastFailureOf';
export { type LoginFailure, loginFailure } from './selectors/loginFailure';
export { type OfferedLine, selectOfferedCall, selectOfferedLine } from './selectors/offeredCall';
export {
  type CallTagsUpdate,
  selectCallTagsUpdate,
  selectRecentCall,
} from './selectors/recentCalls';
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
export {
  selectTaggedCall,
  selectTaggingFailure,
  selectTaggingRequired,
  selectTagsSubmitting,
  type TaggedCall,
} from './selectors/tagging';
export type { TeammateAction, TeammateEntry } from './selectors/teammateDirectory';
export {
  searchTeammates,
  selectTeammateAction,
  selectTeammates,
  teammateAddress,
} from './selectors/teammateDirectory';
export { selectTransferNotice, type TransferNotice } from './selectors/transferNotice';
export {
  type PartyName,
  selectTransferParties,
  type TransferParties,
} from './selectors/transferParties';
export {
  selectWarmTransfer,
  selectWarmTransferPhase,
  TRANSFER_OPERATIONS,
  type WarmTransferPhase,
  type WarmTransferState,
} from './selectors/warmTransfer';
// The state selectors read (`useDialerSelector`, `store.getState()`), and the records views return; the
// store's bookkeeping (sessions, requests in flight, pending commands) is not named here.
export type {
  AgentAvailability,
  AvailabilityChoice,
  TeammateAvailabilities,
} from './state/AgentAvailability';
export type {
  AfterCallSummary,
  CallAnnouncements,
  CallEnding,
  CallParty,
  IncomingCall,
  LegEnded,
  RecentCall,
} from './state/CallState';
export type { InitialStateOptions } from './state/createInitialState';
export { createInitialState } from './state/createInitialState';
export type { Diagnostic, DiagnosticCode, DialerState } from './state/DialerState';
export type { ConnectionState, FailedOperation, Operation } from './state/SessionState';
export { TEAMMATE_LIMIT } from './state/teammates';
export { createDialerStore } from './store/createDialerStore';
export type {
  DialerActions,
  DialerStore,
  DialerStoreOptions,
  ReadonlyDialerStoreApi,
  SelectionStorage,
  TabView,
  TrafficEntry,
} from './store/types';
export { createSharedDialerStore } from './tabs/createSharedDialerStore';
export type { TabRole } from './tabs/createTabElection';
export type { BusConnection, SharedDialerStoreOptions } from './tabs/sharedStoreOptions';
export type { TabChannel, TabChannelFactory, TabLocks } from './tabs/tabChannel';

export type { BusTransport } from './transport/BusTransport';
export type {
  PostMessageTransport,
  PostMessageTransportOptions,
} from './transport/createPostMessageTransport';
export { createPostMessageTransport } from './transport/createPostMessageTransport';
