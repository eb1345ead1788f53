// The core's types that this package's hooks, components and provider name, so an app can name them too
// without importing `@dialer-kit/core` itself.
export type {
  AfterCallSummary,
  AvailabilitySetting,
  AvailabilityStatus,
  BusTransport,
  BusUser,
  CallDirection,
  CallEndedBy,
  CallFlow,
  CallMode,
  CallParty,
  CallRecord,
  CallStatus,
  CallSummary,
  CallTagsConfirmed,
  CoachingState,
  ConferenceParticipant,
  ConferenceState,
  ConnectionState,
  ControlName,
  ControlReason,
  ControlState,
  Controls,
  Diagnostic,
  DialerActions,
  DialerState,
  DialerStore,
  FailedOperation,
  FailureReason,
  IncomingCall,
  KnownAvailabilityStatus,
  KnownIncomingType,
  Line,
  LoginFailure,
  Operation,
  Participant,
  ParticipantState,
  RecordingState,
  Result,
  SecondCallState,
  SelectionStorage,
  Tag,
  TeammateEntry,
  TrafficEntry,
  UndocumentedCommandType,
  WarmTransferState,
} from '@dialer-kit/core';
export type {
  NotificationApi,
  OfferAlertsEnvironment,
  PageNotification,
  RingtonePlayer,
} from './alerts/alertsEnvironment';
export type { OfferAlertsOptions, OfferAlertsView } from './alerts/useOfferAlerts';
export { useOfferAlerts } from './alerts/useOfferAlerts';
export type {
  OfferNotificationRegistration,
  OfferNotificationText,
} from './alerts/useOfferNotification';
export {
  AfterCallPanel,
  type AfterCallPanelProps,
} from './components/AfterCallPanel/AfterCallPanel';
export {
  AvailabilityBadge,
  type AvailabilityBadgeProps,
} from './components/AvailabilityBadge/AvailabilityBadge';
export {
  AvailabilitySelect,
  type AvailabilitySelectProps,
} from './components/AvailabilitySelect/AvailabilitySelect';
export { CallBar, type CallBarProps } from './components/CallBar/CallBar';
export {
  CoachingIndicator,
  type CoachingIndicatorProps,
} from './components/CoachingIndicator/CoachingIndicator';
export type { CoachableCallOption } from './components/CoachingIndicator/CoachJoinList';
export { ConferencePanel, type ConferencePanelProps } from './components/ConferencePanel/ConferencePanel';
export { ContactName, type ContactNameProps } from './components/ContactName/ContactName';
export { DialPad, type DialPadProps } from './components/DialPad/DialPad';
export {
  IncomingCallBanner,
  type IncomingCallBannerProps,
} from './components/IncomingCallBanner/IncomingCallBanner';
export {
  KeyboardShortcuts,
  type KeyboardShortcutsProps,
} from './components/KeyboardShortcuts/KeyboardShortcuts';
export { LineSelect, type LineSelectProps } from './components/LineSelect/LineSelect';
export { LoginForm, type LoginFormProps } from './components/LoginForm/LoginForm';
export {
  MandatoryTagModal,
  type MandatoryTagModalProps,
} from './components/MandatoryTagModal/MandatoryTagModal';
export { OfferAlerts, type OfferAlertsProps } from './components/OfferAlerts/OfferAlerts';
export {
  SecondCallControls,
  type SecondCallControlsProps,
} from './components/SecondCallControls/SecondCallControls';
export { TabOwnership, type TabOwnershipProps } from './components/TabOwnership/TabOwnership';
export {
  TransferDirectory,
  type TransferDirectoryProps,
} from './components/TransferDirectory/TransferDirectory';
export {
  WarmTransferControls,
  type WarmTransferControlsProps,
} from './components/WarmTransferControls/WarmTransferControls';
export type {
  Contact,
  ContactDirectory,
  ContactParty,
  ContactQuery,
  ContactResolver,
} from './contacts/contactDirectory';
export { type AfterCallView, useAfterCall } from './hooks/useAfterCall';
export { type AgentAvailabilityView, useAgentAvailability } from './hooks/useAgentAvailability';
export { type AvailabilitySelectView, useAvailabilitySelect } from './hooks/useAvailabilitySelect';
export { type BusConnectionView, useBusConnection } from './hooks/useBusConnection';
export { type CallDetailsView, useCallDetails } from './hooks/useCallDetails';
export { useCallFlow } from './hooks/useCallFlow';
export { type CallParticipantsView, useCallParticipants } from './hooks/useCallParticipants';
export { useCallStatus } from './hooks/useCallStatus';
export { type CallSummaryView, useCallSummary } from './hooks/useCallSummary';
export { type CallTimerView, useCallTimer } from './hooks/useCallTimer';
export { type CoachingView, useCoaching } from './hooks/useCoaching';
export { type ConferenceView, useConference } from './hooks/useConference';
export { type ContactView, useContact } from './hooks/useContact';
export { useControlState } from './hooks/useControlState';
export { useDiagnostics } from './hooks/useDiagnostics';
export { type DialerVerbs, useDialer } from './hooks/useDialer';
export { useDialerControls } from './hooks/useDialerControls';
export { type DialerSelectorOptions, useDialerSelector } from './hooks/useDialerSelector';
export {
  type DialTargetField,
  type DialTargetRefusal,
  useDialTargetField,
} from './hooks/useDialTargetField';
export { type HoldTimerView, useHoldTimer } from './hooks/useHoldTimer';
export { type IncomingCallView, useIncomingCall } from './hooks/useIncomingCall';
export { type LastFailureFilter, useLastFailure } from './hooks/useLastFailure';
export { type LineSelectOptions, type LineSelectView, useLineSelect } from './hooks/useLineSelect';
export { type LoginView, useLogin } from './hooks/useLogin';
export { type MandatoryTaggingView, useMandatoryTagging } from './hooks/useMandatoryTagging';
export { type SecondCallView, useSecondCall } from './hooks/useSecondCall';
export { type ShortcutsView, type ShortcutView, useShortcuts } from './hooks/useShortcuts';
export type { TabRoleView } from './hooks/useTabRole';
export {
  type FetchFailure,
  type TeammateName,
  type TeammateView,
  type TransferDirectoryOptions,
  type TransferDirectoryView,
  useTransferDirectory,
} from './hooks/useTransferDirectory';
export { useWarmTransfer, type WarmTransferView } from './hooks/useWarmTransfer';
export { useWrapUpCountdown } from './hooks/useWrapUpCountdown';
export { mergeMessages } from './mergeMessages';
export {
  availabilityLabel,
  type DialerMessages,
  type DialerMessagesOverrides,
  defaultMessages,
  incomingTypeLabel,
  useMessages,
} from './messages';
export type { DialerContextValue, TagOption } from './provider/DialerContext';
export { DialerProvider } from './provider/DialerProvider';
export type {
  CallLifecycleCallbacks,
  DialerProviderConnectionProps,
  DialerProviderProps,
  DialerProviderSharedTabsProps,
  DialerProviderStoreProps,
} from './provider/DialerProviderProps';
export { useDialerStore } from './provider/useDialerStore';
export type { PageLifecycleOption } from './provider/usePageLifecycle';
export { DialerShortcuts } from './shortcuts/DialerShortcuts';
export type { ShortcutRefusalReason, ShortcutResult } from './shortcuts/runShortcut';
export {
  defaultShortcuts,
  type KeyEventLike,
  type ModifierName,
  type ShortcutAction,
  type ShortcutKeys,
  type ShortcutOverrides,
} from './shortcuts/shortcutKeys';
export type { ShortcutRefusal } from './shortcuts/shortcutNews';
