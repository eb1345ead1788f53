import type { ControlReason } from '../controls/types';
import type { BusCommand, BusCommandType } from '../protocol/commands';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import type { RequestResult, Result } from '../result';
import type { DialerState } from '../state/DialerState';
import type { DialerStoreOptions } from './types';

/** What the store's parts (verbs, login) share: the one place that reduces and the one that sends. */
export interface StoreRuntime {
  readonly options: DialerStoreOptions;
  getState(): DialerState;
  now(): number;
  /** Reduces one event stamped `at` (default now) and performs the effects the reduction returns. */
  dispatch(event: BusEvent | KitEvent, at?: number): void;
  /**
   * Sends without the controls check (checked commands, the login and the bring-up's own). A command that
   * fails the kit's own validation (`parseBusCommand`) is not sent (`kit/commandInvalid`, `posted` false).
   * Otherwise it records `kit/commandSent`, posts the validated copy and reports traffic. `posted` is false
   * when the transport threw: what was recorded is undone (`kit/commandNotSent`). With `answer`, a request
   * command returns `settled`, the promise of its answer, settled by the reducer's `settle` effect.
   */
  transmit(
    command: BusCommand,
    options?: { readonly answer?: boolean },
  ): { readonly posted: boolean; readonly settled?: Promise<RequestResult> };
  /** Records a refusal (`kit/commandRefused`) and returns it; nothing reaches the transport. */
  refuse(
    type: BusCommandType,
    reason: ControlReason | 'not-allowed',
    detail?: string,
  ): Result & { ok: false };
}
