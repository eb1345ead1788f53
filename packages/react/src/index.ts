export {
  AvailabilityBadge,
  type AvailabilityBadgeProps,
} from './components/AvailabilityBadge/AvailabilityBadge';
export { CallBar, type CallBarProps } from './components/CallBar/CallBar';
export { DialPad, type DialPadProps } from './components/DialPad/DialPad';
export {
  IncomingCallBanner,
  type IncomingCallBannerProps,
} from './components/IncomingCallBanner/IncomingCallBanner';
export {
  MandatoryTagModal,
  type MandatoryTagModalProps,
} from './components/MandatoryTagModal/MandatoryTagModal';
export {
  WarmTransferControls,
  type WarmTransferControlsProps,
} from './components/WarmTransferControls/WarmTransferControls';
export { type AgentAvailabilityView, useAgentAvailability } from './hooks/useAgentAvailability';
export { type BusConnectionView, useBusConnection } from './hooks/useBusConnection';
export { type CallDetailsView, useCallDetails } from './hooks/useCallDetails';
export { useCallFlow } from './hooks/useCallFlow';
export { type CallParticipantsView, useCallParticipants } from './hooks/useCallParticipants';
export { useCallStatus } from './hooks/useCallStatus';
export { useCallSummary } from './hooks/useCallSummary';
export { type CallTimerView, useCallTimer } from './hooks/useCallTimer';
export { useControlState } from './hooks/useControlState';
export { useDiagnostics } from './hooks/useDiagnostics';
export { type DialerVerbs, useDialer } from './hooks/useDialer';
export { useDialerControls } from './hooks/useDialerControls';
export { type DialerSelectorOptions, useDialerSelector } from './hooks/useDialerSelector';
export { type IncomingCallView, useIncomingCall } from './hooks/useIncomingCall';
export { type LastFailureFilter, useLastFailure } from './hooks/useLastFailure';
export { type MandatoryTaggingView, useMandatoryTagging } from './hooks/useMandatoryTagging';
export { useWarmTransfer, type WarmTransferView } from './hooks/useWarmTransfer';
export { useWrapUpCountdown } from './hooks/useWrapUpCountdown';
export {
  availabilityLabel,
  type DialerMessages,
  type DialerMessagesOverrides,
  defaultMessages,
  incomingTypeLabel,
  mergeMessages,
  useMessages,
} from './messages';
export type { DialerContextValue, TagOption } from './provider/DialerContext';
export { DialerProvider, type DialerProviderProps } from './provider/DialerProvider';
export { useDialerStore } from './provider/useDialerStore';
