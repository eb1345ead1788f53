import { describe, expect, it } from 'vitest';
import { AVAILABILITY_SETTINGS, type AvailabilitySetting } from '../protocol/enums';
import type { AvailabilityChoice } from '../state/AgentAvailability';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { selectedAvailabilitySetting } from './availabilitySetting';

const held = (status: string, receivedAt = 1_000) => ({ userId: 1, status, receivedAt });
const chose = (setting: AvailabilitySetting, sentOver?: number): AvailabilityChoice => ({
  setting,
  sentOver,
});

/** The state with the agent's availability `self`, the setting the bus accepted, and one on its way. */
function stateOf(
  self: ReturnType<typeof held> | undefined,
  choice: AvailabilityChoice | undefined,
  sending?: AvailabilitySetting,
): DialerState {
  const initial = createInitialState();
  return {
    ...initial,
    availability: {
      self,
      ...(choice ? { chosenSetting: choice } : {}),
      teammates: initial.availability.teammates,
    },
    requests:
      sending === undefined
        ? {}
        : { 'API.UPDATE_AVAILABILITY': { sentAt: 1, deadline: 2, setting: sending } },
  };
}
const shown = (...args: Parameters<typeof stateOf>) => selectedAvailabilitySetting(stateOf(...args));

describe('selectedAvailabilitySetting', () => {
  it('shows the plain setting of the status when the agent chose nothing', () => {
    expect(shown(held('available'), undefined)).toBe('always_opened');
    expect(shown(held('do_not_disturb'), undefined)).toBe('always_closed');
  });

  it("keeps the agent's choice while the status fits it", () => {
    expect(shown(held('do_not_disturb'), chose('on_a_break'))).toBe('on_a_break');
    expect(shown(held('available'), chose('auto'))).toBe('auto');
  });

  it.each(AVAILABILITY_SETTINGS)('shows %s once the status it gives arrives', (setting) => {
    const status = setting === 'always_opened' || setting === 'auto' ? 'available' : 'do_not_disturb';
    expect(shown(held(status, 2_000), chose(setting, 1_000))).toBe(setting);
  });

  it('drops a choice the status no longer fits', () => {
    expect(shown(held('available'), chose('on_a_break'))).toBe('always_opened');
    expect(shown(held('do_not_disturb'), chose('auto'))).toBe('always_closed');
  });

  describe('between the bus accepting a setting and the status it gives', () => {
    it('shows the setting while the availability held when it was accepted stands', () => {
      expect(shown(held('available', 1_000), chose('on_a_break', 1_000))).toBe('on_a_break');
    });

    it('follows the status once a newer availability arrives, even the same status again', () => {
      expect(shown(held('available', 1_500), chose('on_a_break', 1_000))).toBe('always_opened');
    });
  });

  it.each(['in_call', 'after_call_work', 'offline', 'on_mobile', 'lunch_break'])(
    'shows no setting while %s',
    (status) => {
      expect(shown(held(status), chose('always_opened'))).toBeUndefined();
      expect(shown(held(status), undefined)).toBeUndefined();
    },
  );

  it('shows no setting before the bus reports the availability', () => {
    expect(shown(undefined, chose('on_a_break'))).toBeUndefined();
  });

  it('shows the setting on its way to the bus, whatever the status and the setting before', () => {
    expect(shown(held('available'), undefined, 'out_for_lunch')).toBe('out_for_lunch');
    expect(shown(held('do_not_disturb'), chose('on_a_break'), 'auto')).toBe('auto');
    expect(shown(undefined, undefined, 'in_training')).toBe('in_training');
  });
});
