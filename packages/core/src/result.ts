import type { ControlReason } from './controls/types';

/**
 * Why a verb failed: its control's reason when it was refused before sending, else what became of it.
 * `not-allowed`: not a command the kit sends this way (a session command, an invalid one);
 * `not-sent`: the transport threw, it never left; `timeout`: no answer in time; `rejected`: the bus
 * refused it (`message` says why); `superseded`: a newer request of the same type took its answer;
 * `reconnected` / `closed`: the session it was sent in is gone.
 */
export type FailureReason =
  | ControlReason
  | 'not-allowed'
  | 'not-sent'
  | 'timeout'
  | 'rejected'
  | 'superseded'
  | 'reconnected'
  | 'closed';

/**
 * What every verb returns (at once, or once the bus answers): `ok: true`, with what the verb gives
 * (`Value`: a request's answer is `{ payload }`), or `ok: false` with a `reason` code and, when the bus
 * gave one, its `message`.
 * @example
 * const result = await store.actions.updateAvailability('on_a_break');
 * if (!result.ok) console.warn(result.reason, result.message);
 */
export type Result<Value extends object = object> =
  | ({ readonly ok: true } & Readonly<Value>)
  | { readonly ok: false; readonly reason: FailureReason; readonly message?: string };

/**
 * The result of a request (answered by `_FULFILLED` / `_REJECTED`): the answer's payload on success. The
 * store's shorthand; the public signatures spell it out as a `Result`.
 */
export type RequestResult = Result<{ readonly payload: unknown }>;
