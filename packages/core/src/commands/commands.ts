import type { BusCommandOf } from '../protocol/commands';
import type { ClientId, PhoneNumber } from '../protocol/entities';
import {
  type AvailabilitySetting,
  type CallMode,
  type DialingMode,
  SERVICES,
  type Service,
} from '../protocol/enums';

type Address = PhoneNumber | ClientId;

/** `teammate` for a `client:<id>` address, `manual` for a phone number. */
function defaultDialingMode(to: Address): DialingMode {
  return to.startsWith('client:') ? 'teammate' : 'manual';
}

/**
 * One builder per command of PROTOCOL.md sections 1 and 3. Each returns a plain, typed message; none
 * checks whether it may be sent now (that is `DialerStore.send`'s job). A command a control guards is built
 * by the builder of that control's name (`record` builds `DIALER.SET_RECORDING`, `swap` the SWAP), the verb
 * of the store's action too.
 * @example commands.dial({ from: '+33100000000', to: '+14155550199' }, { mode: 'manual' })
 */
export const commands = {
  /** `BUS.REGISTER`: the first message; `origin` is the embedding window's origin. */
  register: (payload: {
    origin: string;
    appName: string;
    release: string;
  }): BusCommandOf<'BUS.REGISTER'> => ({ type: 'BUS.REGISTER', payload: { ...payload } }),
  /** `BUS.INIT`: subscribes to the services (all three by default). */
  init: (services: readonly Service[] = SERVICES): BusCommandOf<'BUS.INIT'> => ({
    type: 'BUS.INIT',
    payload: { services: [...services] },
  }),
  /** `BUS.DESTROY`: unsubscribes, so the next INIT does not duplicate events. */
  destroy: (services: readonly Service[] = SERVICES): BusCommandOf<'BUS.DESTROY'> => ({
    type: 'BUS.DESTROY',
    payload: { services: [...services] },
  }),
  /** `AUTH.EMAIL_AND_PASSWORD`: log in (the store's `login`). Never log or store the result of this builder. */
  login: (payload: { email: string; password: string }): BusCommandOf<'AUTH.EMAIL_AND_PASSWORD'> => ({
    type: 'AUTH.EMAIL_AND_PASSWORD',
    payload: { email: payload.email, password: payload.password },
  }),
  /** `DIALER.DIAL` with `meta.tracking.dialing_mode` (default: `teammate` for `client:` addresses). */
  dial: (
    payload: { from: PhoneNumber; to: Address },
    options: { mode?: DialingMode } = {},
  ): BusCommandOf<'DIALER.DIAL'> => ({
    type: 'DIALER.DIAL',
    payload: { from: payload.from, to: payload.to },
    meta: { tracking: { dialing_mode: options.mode ?? defaultDialingMode(payload.to) } },
  }),
  /** `DIALER.ACCEPT`, with `meta.tracking.call_mode` when a mode is given. */
  accept: (options: { mode?: CallMode } = {}): BusCommandOf<'DIALER.ACCEPT'> =>
    options.mode === undefined
      ? { type: 'DIALER.ACCEPT' }
      : { type: 'DIALER.ACCEPT', meta: { tracking: { call_mode: options.mode } } },
  /** `DIALER.REJECT`: declines the offered incoming call. */
  reject: (): BusCommandOf<'DIALER.REJECT'> => ({ type: 'DIALER.REJECT' }),
  /** `DIALER.HANGUP`: also cancels an outgoing call, leaves a conference, ends coaching. */
  hangUp: (): BusCommandOf<'DIALER.HANGUP'> => ({ type: 'DIALER.HANGUP' }),
  /** `DIALER.HOLD` for one leg. */
  hold: (payload: { shouldHold: boolean; legId: string }): BusCommandOf<'DIALER.HOLD'> => ({
    type: 'DIALER.HOLD',
    payload: { shouldHold: payload.shouldHold, legId: payload.legId },
  }),
  /** `DIALER.MUTE` (payload is a Decision: undocumented, see `UNDOCUMENTED_COMMANDS`). */
  mute: (payload: { shouldMute: boolean }): BusCommandOf<'DIALER.MUTE'> => ({
    type: 'DIALER.MUTE',
    payload: { shouldMute: payload.shouldMute },
  }),
  /** `DIALER.SET_RECORDING` (not documented, see `UNDOCUMENTED_COMMANDS`). */
  record: (payload: { shouldRecord: boolean }): BusCommandOf<'DIALER.SET_RECORDING'> => ({
    type: 'DIALER.SET_RECORDING',
    payload: { shouldRecord: payload.shouldRecord },
  }),
  /** `DIALER.SET_TAGS` on the current call. */
  setTags: (payload: { tagIds: readonly number[] }): BusCommandOf<'DIALER.SET_TAGS'> => ({
    type: 'DIALER.SET_TAGS',
    payload: { tagIds: [...payload.tagIds] },
  }),
  /** `DIALER.RESET`: from `ended` back to `idle`. */
  reset: (): BusCommandOf<'DIALER.RESET'> => ({ type: 'DIALER.RESET' }),
  /** `DIALER.START_WARM_TRANSFER`. */
  startWarmTransfer: (payload: { to: Address }): BusCommandOf<'DIALER.START_WARM_TRANSFER'> => ({
    type: 'DIALER.START_WARM_TRANSFER',
    payload: { to: payload.to },
  }),
  /** `DIALER.SWAP_PARTICIPANT` (warm transfer and concurrent). */
  swap: (): BusCommandOf<'DIALER.SWAP_PARTICIPANT'> => ({ type: 'DIALER.SWAP_PARTICIPANT' }),
  /** `DIALER.MERGE_WARM_TRANSFER`. */
  merge: (): BusCommandOf<'DIALER.MERGE_WARM_TRANSFER'> => ({
    type: 'DIALER.MERGE_WARM_TRANSFER',
  }),
  /** `DIALER.START_CONCURRENT_CALL`. */
  startConcurrent: (payload: { to: Address }): BusCommandOf<'DIALER.START_CONCURRENT_CALL'> => ({
    type: 'DIALER.START_CONCURRENT_CALL',
    payload: { to: payload.to },
  }),
  /** `DIALER.INVITE_PARTICIPANT`: starts or grows a conference. */
  invite: (payload: { to: Address }): BusCommandOf<'DIALER.INVITE_PARTICIPANT'> => ({
    type: 'DIALER.INVITE_PARTICIPANT',
    payload: { to: payload.to },
  }),
  /** `DIALER.KICK_PARTICIPANT`. */
  kick: (payload: { legId: string }): BusCommandOf<'DIALER.KICK_PARTICIPANT'> => ({
    type: 'DIALER.KICK_PARTICIPANT',
    payload: { legId: payload.legId },
  }),
  /** `DIALER.JOIN_COACHING` (admin only, from idle). */
  joinCoaching: (payload: {
    callUuid: string;
    incognito: boolean;
  }): BusCommandOf<'DIALER.JOIN_COACHING'> => ({
    type: 'DIALER.JOIN_COACHING',
    payload: { callUuid: payload.callUuid, incognito: payload.incognito },
  }),
  /** `API.UPDATE_AVAILABILITY`. */
  updateAvailability: (payload: {
    status: AvailabilitySetting;
  }): BusCommandOf<'API.UPDATE_AVAILABILITY'> => ({
    type: 'API.UPDATE_AVAILABILITY',
    payload: { status: payload.status },
  }),
  /** `API.FETCH_AVAILABILITIES`: every agent's availability. */
  fetchAvailabilities: (): BusCommandOf<'API.FETCH_AVAILABILITIES'> => ({ type: 'API.FETCH_AVAILABILITIES' }),
  /** `API.FETCH_USER_AVAILABILITY` for one agent. */
  fetchUserAvailability: (payload: { userId: number }): BusCommandOf<'API.FETCH_USER_AVAILABILITY'> => ({
    type: 'API.FETCH_USER_AVAILABILITY',
    payload: { variables: { userId: payload.userId } },
  }),
  /** `API.UPDATE_CALL_TAGS`: replaces the tags of any call. */
  updateCallTags: (payload: {
    tagIds: readonly number[];
    callUuid: string;
  }): BusCommandOf<'API.UPDATE_CALL_TAGS'> => ({
    type: 'API.UPDATE_CALL_TAGS',
    payload: { tagIds: [...payload.tagIds], callUuid: payload.callUuid },
  }),
} as const;
