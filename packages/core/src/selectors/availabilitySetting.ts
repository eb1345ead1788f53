import type { AvailabilitySetting, AvailabilityStatus } from '../protocol/enums';
import type { AgentAvailability } from '../state/DialerState';

/** Settings that leave the agent reachable; every other one is a reason not to take calls. */
const OPEN_SETTINGS: ReadonlySet<AvailabilitySetting> = new Set<AvailabilitySetting>([
  'always_opened',
  'auto',
]);

/**
 * The agent's last availability setting the bus accepted. The bus reports the status a setting gives
 * (`on_a_break` shows as `do_not_disturb`), never the setting, so the UI remembers what it sent.
 */
export interface AvailabilityChoice {
  readonly setting: AvailabilitySetting;
  /**
   * `receivedAt` of the agent's availability held when the setting was sent: while that record stands,
   * the status the accepted setting gives has not arrived yet, so the setting is shown whatever the status.
   */
  readonly sentOver: number | undefined;
}

/** Whether `status` is what `setting` gives: available for an open setting, do not disturb for the others. */
function fits(setting: AvailabilitySetting, status: AvailabilityStatus): boolean {
  return OPEN_SETTINGS.has(setting) ? status === 'available' : status === 'do_not_disturb';
}

/**
 * The setting an availability select shows for the agent's availability `held`: the agent's `choice` while
 * the status fits it (or the bus accepted it and has not sent the status it gives yet), else the plain
 * setting of the status (`always_opened` for available, `always_closed` for do not disturb), else none
 * (`undefined`: not reported yet, in a call, after-call work, offline, on mobile, a status the kit does not
 * know). So the select and the status beside it never contradict each other.
 * @example selectedAvailabilitySetting(state.availability.self, { setting: 'on_a_break', sentOver: undefined })
 */
export function selectedAvailabilitySetting(
  held: Pick<AgentAvailability, 'status' | 'receivedAt'> | undefined,
  choice: AvailabilityChoice | undefined,
): AvailabilitySetting | undefined {
  if (held === undefined) return undefined;
  if (choice !== undefined && (fits(choice.setting, held.status) || choice.sentOver === held.receivedAt)) {
    return choice.setting;
  }
  if (held.status === 'available') return 'always_opened';
  if (held.status === 'do_not_disturb') return 'always_closed';
  return undefined;
}
