import type { AvailabilitySetting, AvailabilityStatus } from '../protocol/enums';
import type { DialerState } from '../state/DialerState';

/** Settings that leave the agent reachable; every other one is a reason not to take calls. */
const OPEN_SETTINGS: ReadonlySet<AvailabilitySetting> = new Set<AvailabilitySetting>([
  'always_opened',
  'auto',
]);

/** Whether `status` is what `setting` gives: available for an open setting, do not disturb for the others. */
export function fitsSetting(setting: AvailabilitySetting, status: AvailabilityStatus): boolean {
  return OPEN_SETTINGS.has(setting) ? status === 'available' : status === 'do_not_disturb';
}

/**
 * The setting an availability select shows: the one on its way to the bus (`API.UPDATE_AVAILABILITY` in
 * flight); else the agent's setting the bus accepted (`availability.chosenSetting`) while the status fits
 * it, or while the bus has not yet sent the status it gives; else the plain setting of the status
 * (`always_opened` for available, `always_closed` for do not disturb); else none (`undefined`: not reported
 * yet, in a call, after-call work, offline, on mobile, a status the kit does not know). The bus reports the
 * status a setting gives (`on_a_break` shows as `do_not_disturb`), never the setting: the store keeps the
 * one it accepted, so every select agrees and a remount loses nothing. The select and the status beside it
 * never contradict each other.
 * @example selectedAvailabilitySetting(store.getState()) // 'on_a_break'
 */
export function selectedAvailabilitySetting(state: DialerState): AvailabilitySetting | undefined {
  const sending = state.requests['API.UPDATE_AVAILABILITY']?.setting;
  if (sending !== undefined) return sending;
  const { self: held, chosenSetting: choice } = state.availability;
  if (held === undefined) return undefined;
  if (
    choice !== undefined &&
    (fitsSetting(choice.setting, held.status) || choice.sentOver === held.receivedAt)
  ) {
    return choice.setting;
  }
  if (held.status === 'available') return 'always_opened';
  if (held.status === 'do_not_disturb') return 'always_closed';
  return undefined;
}
