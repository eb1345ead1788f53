import { describe, expect, it } from 'vitest';
import { AVAILABILITY_SETTINGS } from '../protocol/enums';
import { selectedAvailabilitySetting } from './availabilitySetting';

const held = (status: string, receivedAt = 1_000) => ({ status, receivedAt });
const chose = (setting: (typeof AVAILABILITY_SETTINGS)[number], sentOver?: number) => ({
  setting,
  sentOver,
});

describe('selectedAvailabilitySetting', () => {
  it('shows the plain setting of the status when the agent chose nothing', () => {
    expect(selectedAvailabilitySetting(held('available'), undefined)).toBe('always_opened');
    expect(selectedAvailabilitySetting(held('do_not_disturb'), undefined)).toBe('always_closed');
  });

  it("keeps the agent's choice while the status fits it", () => {
    expect(selectedAvailabilitySetting(held('do_not_disturb'), chose('on_a_break'))).toBe('on_a_break');
    expect(selectedAvailabilitySetting(held('available'), chose('auto'))).toBe('auto');
  });

  it.each(AVAILABILITY_SETTINGS)('shows %s once the status it gives arrives', (setting) => {
    const status = setting === 'always_opened' || setting === 'auto' ? 'available' : 'do_not_disturb';
    expect(selectedAvailabilitySetting(held(status, 2_000), chose(setting, 1_000))).toBe(setting);
  });

  it('drops a choice the status no longer fits', () => {
    expect(selectedAvailabilitySetting(held('available'), chose('on_a_break'))).toBe('always_opened');
    expect(selectedAvailabilitySetting(held('do_not_disturb'), chose('auto'))).toBe('always_closed');
  });

  describe('between the bus accepting a setting and the status it gives', () => {
    it('shows the setting while the availability held when it was accepted stands', () => {
      expect(selectedAvailabilitySetting(held('available', 1_000), chose('on_a_break', 1_000))).toBe(
        'on_a_break',
      );
    });

    it('follows the status once a newer availability arrives, even the same status again', () => {
      expect(selectedAvailabilitySetting(held('available', 1_500), chose('on_a_break', 1_000))).toBe(
        'always_opened',
      );
    });
  });

  it.each(['in_call', 'after_call_work', 'offline', 'on_mobile', 'lunch_break'])(
    'shows no setting while %s',
    (status) => {
      expect(selectedAvailabilitySetting(held(status), chose('always_opened'))).toBeUndefined();
      expect(selectedAvailabilitySetting(held(status), undefined)).toBeUndefined();
    },
  );

  it('shows no setting before the bus reports the availability', () => {
    expect(selectedAvailabilitySetting(undefined, chose('on_a_break'))).toBeUndefined();
  });
});
