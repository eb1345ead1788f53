import type { AvailabilitySetting, AvailabilityStatus } from '@dialer-kit/core';

// Settings that leave the agent reachable; every other one is a reason not to take calls.
const OPEN_SETTINGS: readonly AvailabilitySetting[] = ['always_opened', 'auto'];

/**
 * The setting the Availability select shows for `status`: the agent's last choice while the status still
 * fits it, else the plain setting for `available` / `do_not_disturb`, else none (`''`: in a call, offline...).
 */
export function selectedSetting(
  status: AvailabilityStatus | undefined,
  chosen: AvailabilitySetting | undefined,
): AvailabilitySetting | '' {
  const chosenIsOpen = chosen !== undefined && OPEN_SETTINGS.includes(chosen);
  if (status === 'available') return chosen !== undefined && chosenIsOpen ? chosen : 'always_opened';
  if (status === 'do_not_disturb') return chosen !== undefined && !chosenIsOpen ? chosen : 'always_closed';
  return '';
}
