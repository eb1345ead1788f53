import type { BusCommand, RequestCommandType } from '../protocol/commands';
import type { Tag } from '../protocol/entities';
import type { KitEvent } from '../protocol/kitEvents';
import type { RequestResult } from '../result';
import type { CallRecord } from '../selectors/callRecord';
import type { Diagnostic } from '../state/DialerState';

/** What is kept of the agent's tag picks across reloads: the call they were picked for, when known. */
export interface StoredTagSelection {
  readonly callUuid?: string;
  readonly tagIds: readonly number[];
}

/** A call's tags the bus confirmed (`onCallTagged`): the current call's, or a recent call's retagged. */
export interface CallTagsConfirmed {
  /** The kit's id of the call (`CallRecord.callId`); `undefined` for a recent call (match by `callUuid`). */
  readonly callId: number | undefined;
  readonly callUuid: string | undefined;
  readonly tags: readonly Tag[];
}

/** What the host's lifecycle callbacks are told, once per call (see `DialerStoreOptions.onCallEnded`). */
export type CallLifecycleEvent =
  | { readonly kind: 'incoming' | 'answered' | 'ended'; readonly record: CallRecord }
  | { readonly kind: 'tagged'; readonly tagged: CallTagsConfirmed };

/** The store's timers, one per key: a new one replaces the one of the same key. */
export type TimerKey =
  | 'register'
  | 'restart'
  | 'pending'
  | 'swap'
  | 'stale'
  | `request:${RequestCommandType}`;

/**
 * Work an event implies, as data: the reducer returns it with the next state and the store performs it,
 * in order, in one place (`createStoreRuntime`). Timers come back as events (`schedule`), so every
 * decision stays in the reducer.
 */
export type DialerEffect =
  /** Post a command (the bring-up's REGISTER, INIT and DESTROY). */
  | { readonly type: 'send'; readonly command: BusCommand }
  /** Dispatch `event` after `ms`, replacing any timer of the same key. */
  | { readonly type: 'schedule'; readonly timer: TimerKey; readonly ms: number; readonly event: KitEvent }
  | { readonly type: 'cancel'; readonly timer: TimerKey }
  /** Settle the caller's promise of the request of `request` sent at `sentAt`, if one waits. */
  | {
      readonly type: 'settle';
      readonly request: RequestCommandType;
      readonly sentAt: number;
      readonly result: RequestResult;
    }
  /** Keep the tag picks across reloads (`null`: forget them). */
  | { readonly type: 'persistTags'; readonly selection: StoredTagSelection | null }
  /** Bring back the picks kept for the call `callUuid`, if any; else keep that call's (empty) picks. */
  | { readonly type: 'restoreTags'; readonly callUuid: string }
  /** Call the host's lifecycle callback of `event.kind` (`onIncomingCall`, `onCallAnswered`...). */
  | { readonly type: 'notify'; readonly event: CallLifecycleEvent }
  /** Tell the host about a new diagnostic (`onDiagnostic`). */
  | { readonly type: 'report'; readonly diagnostic: Diagnostic };

/** The effects one reduction collects, in the order they are to run. */
export type Effects = DialerEffect[];

/** Longest wait between two REGISTER attempts, and between two restarts (ms). */
const MAX_RETRY_MS = 8_000;

/** The `attempt`-th wait (from 0) of a back-off starting at `firstMs` and doubling up to 8 s. */
export function backoff(firstMs: number, attempt: number): number {
  return Math.min(firstMs * 2 ** attempt, MAX_RETRY_MS);
}
