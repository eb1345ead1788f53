export type { Availability, AvailabilityRecord } from './availability';
export { SETTING_STATUS } from './availability';
export { type BusQuery, busQuerySettings, parseBusQuery, writeBusQuery } from './busQuery';
export type { BusHandover } from './busState';
export type { ManualClock, SimulatorClock } from './clock';
export { createManualClock, createRealClock } from './clock';
export {
  createParentLink,
  type LinkDropReason,
  type ParentLink,
  type ParentLinkOptions,
} from './createParentLink';
export type { SimulatedBus, SimulatedBusOptions } from './createSimulatedBus';
export { createSimulatedBus } from './createSimulatedBus';
export { FAR_SIDE_ACTIONS, type FarSideAction, type FarSideActionLabel } from './farSideActions';
export type { FaultableOperation, MalformedKind } from './faults';
export { FAULTABLE_OPERATIONS, MALFORMED_MESSAGES } from './faults';
export { createHandoverStorage, type HandoverStorage } from './handoverStorage';
export { isCallSid } from './ids';
export type { SimulatorLogEntry, SimulatorLogKind } from './log';
export { DEFAULT_CUSTOMER, type IncomingCallOptions } from './scenarios';
export type {
  CoachableCall,
  RecordingMode,
  SimulatedLine,
  SimulatedMember,
  SimulatedUser,
  SimulatorSettings,
  SimulatorSettingsInput,
} from './settings';
export { DEFAULT_SETTINGS, DEFAULT_TAGS, resolveSettings } from './settings';
export type { CallSnapshot, SimulatorSnapshot } from './snapshot';
