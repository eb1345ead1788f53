/**
 * Operations `failNext` can make fail, named like the kit's operations (its controls' verbs) and, for the
 * requests no control guards, like the kit's command builders. A failed `invite` from a regular call is a
 * conference that never starts (back to `connected`); in a conference, an invitee who leaves at once.
 */
export const FAULTABLE_OPERATIONS = [
  'login',
  'dial',
  'accept',
  'hold',
  'record',
  'setTags',
  'startWarmTransfer',
  'swap',
  'merge',
  'startConcurrent',
  'invite',
  'joinCoaching',
  'updateAvailability',
  'fetchAvailabilities',
  'fetchUserAvailability',
  'updateCallTags',
] as const;
/** An operation `failNext` can make fail. */
export type FaultableOperation = (typeof FAULTABLE_OPERATIONS)[number];

/** Failures armed for the next attempts of some operations. */
export interface FaultPlan {
  /** Arms one failure of `operation`. */
  arm(operation: FaultableOperation): void;
  /** True (and disarms one) when the current attempt of `operation` must fail. */
  consume(operation: FaultableOperation): boolean;
  /** Armed failures, in arming order. */
  armed(): readonly FaultableOperation[];
  clear(): void;
}

/** Creates an empty {@link FaultPlan}. */
export function createFaultPlan(): FaultPlan {
  let armed: FaultableOperation[] = [];
  return {
    arm: (operation) => {
      armed = [...armed, operation];
    },
    consume(operation) {
      const index = armed.indexOf(operation);
      if (index < 0) return false;
      armed = armed.filter((_, i) => i !== index);
      return true;
    },
    armed: () => armed,
    clear: () => {
      armed = [];
    },
  };
}

/** Kinds of malformed message `sendMalformed` can emit, each breaking one rule of the protocol. */
export const MALFORMED_MESSAGES = {
  'unknown-status': { type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting', flow: 'regular' } },
  'unknown-flow': { type: 'DIALER.CALL_STATUS', payload: { status: 'connected', flow: 'sideways' } },
  'missing-flow': { type: 'DIALER.CALL_STATUS', payload: { status: 'connected' } },
  'missing-payload': { type: 'DIALER.SYNC' },
  'wrong-field-type': {
    type: 'USER.AVAILABILITY_CHANGED',
    payload: { userId: '123456', status: 'available', updatedAt: 'now' },
  },
  'unknown-type': { type: 'DIALER.TELEPORTED', payload: {} },
  'no-type': { payload: { status: 'connected', flow: 'regular' } },
  'not-an-object': 'DIALER.CALL_STATUS connected',
  null: null,
} as const satisfies { readonly [kind: string]: unknown };
/** A kind of malformed message. */
export type MalformedKind = keyof typeof MALFORMED_MESSAGES;
