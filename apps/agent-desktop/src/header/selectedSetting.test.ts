import { describe, expect, it } from 'vitest';
import { selectedSetting } from './selectedSetting';

describe('selectedSetting', () => {
  it('shows the plain setting for the status when the agent chose nothing', () => {
    expect(selectedSetting('available', undefined)).toBe('always_opened');
    expect(selectedSetting('do_not_disturb', undefined)).toBe('always_closed');
  });

  it("keeps the agent's choice while the status fits it", () => {
    expect(selectedSetting('do_not_disturb', 'on_a_break')).toBe('on_a_break');
    expect(selectedSetting('available', 'auto')).toBe('auto');
  });

  it('drops a choice the status no longer fits', () => {
    expect(selectedSetting('available', 'on_a_break')).toBe('always_opened');
    expect(selectedSetting('do_not_disturb', 'auto')).toBe('always_closed');
  });

  it.each(['in_call', 'after_call_work', 'offline', 'on_mobile', 'sleeping', undefined])(
    'shows no setting while %s',
    (status) => {
      expect(selectedSetting(status, 'always_opened')).toBe('');
    },
  );
});
