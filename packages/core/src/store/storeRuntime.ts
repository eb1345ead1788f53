import type { StoreApi } from 'zustand/vanilla';
import type { ControlReason } from '../controls/types';
import type { BusCommand, BusCommandType } from '../protocol/commands';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import type { DialerState } from '../state/DialerState';
import type { RequestTracker } from './requestTracker';
import type { Timers } from './timers';
import type { DialerStoreOptions, RequestResult, SendResult } from './types';

/** What the store's parts (bring-up, actions) share: the one place that reduces and the one that sends. */
export interface StoreRuntime {
  readonly api: StoreApi<DialerState>;
  readonly options: DialerStoreOptions;
  readonly timers: Timers;
  readonly requests: RequestTracker;
  now(): number;
  /** Reduces one event stamped `at` (default now) and runs the effects of the change. */
  dispatch(event: BusEvent | KitEvent, at?: number): void;
  /**
   * Sends without the controls check (bring-up and checked commands). A command that fails the kit's own
   * validation (`parseBusCommand`) is not sent (`kit/commandInvalid`, `posted` false, no `settled`).
   * Otherwise it records `kit/commandSent`, posts the validated copy,
   * reports traffic and schedules the timeout (unless `timeout: false`). `posted` is false when the
   * transport threw: what was recorded is undone (`kit/commandNotSent`) and `settled` has settled with
   * the error `not-sent`. `settled` is the answer's promise for request commands sent with a timeout.
   */
  transmit(
    command: BusCommand,
    options?: { readonly timeout?: boolean },
  ): { readonly posted: boolean; readonly settled?: Promise<RequestResult> };
  /** Records a refusal (`kit/commandRefused`) and returns it; nothing reaches the transport. */
  refuse(
    type: BusCommandType,
    reason: ControlReason | 'not-allowed',
    detail?: string,
  ): SendResult & { ok: false };
}
