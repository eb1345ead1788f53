/** Every control the kit offers, one per user-facing verb. */
export const CONTROL_NAMES = [
  'dial',
  'accept',
  'reject',
  'hangUp',
  'hold',
  'mute',
  'record',
  'setTags',
  'reset',
  'startWarmTransfer',
  'swap',
  'merge',
  'startConcurrent',
  'invite',
  'kick',
  'joinCoaching',
  'updateAvailability',
  'updateCallTags',
] as const;
/** A control name. */
export type ControlName = (typeof CONTROL_NAMES)[number];

/** Stable reason codes a disabled control reports (used for messages and tests). */
export type ControlReason =
  | 'not-ready'
  | 'mandatory-tagging'
  | 'operation-pending'
  | 'request-pending'
  | 'not-connected'
  | 'call-in-progress'
  | 'no-incoming-call'
  | 'no-call'
  | 'not-ended'
  | 'internal-call'
  | 'recording-not-allowed'
  | 'not-in-warm-transfer'
  | 'not-in-transfer'
  | 'no-participant'
  | 'in-call'
  | 'coaching'
  | 'no-line'
  /** Its command is one the host turned off (a command outside the public protocol). */
  | 'not-supported';

/** Whether a control may be used now, and if not, why. */
export interface ControlState {
  readonly enabled: boolean;
  /** A command of this control was sent and its effect has not arrived yet. */
  readonly pending: boolean;
  /** Why it is disabled; `undefined` when enabled. */
  readonly reason: ControlReason | undefined;
}

/** The state of every control. */
export type Controls = { readonly [K in ControlName]: ControlState };
