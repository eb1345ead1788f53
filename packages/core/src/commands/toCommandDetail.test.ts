import { describe, expect, it } from 'vitest';
import { commands } from './commands';
import { REDACTED, redactCommand } from './redactCommand';
import { toCommandDetail } from './toCommandDetail';

describe('toCommandDetail', () => {
  it('keeps what the reducer needs of a command', () => {
    expect(toCommandDetail(commands.mute({ shouldMute: true }))).toEqual({ shouldMute: true });
    expect(toCommandDetail(commands.hold({ shouldHold: false, legId: 'leg-1' }))).toEqual({
      shouldHold: false,
      legId: 'leg-1',
    });
    expect(toCommandDetail(commands.setTags({ tagIds: [4, 5] }))).toEqual({ tagIds: [4, 5] });
    expect(toCommandDetail(commands.startWarmTransfer({ to: 'client:3' }))).toEqual({ to: 'client:3' });
    expect(toCommandDetail(commands.record({ shouldRecord: true }))).toEqual({ shouldRecord: true });
    expect(toCommandDetail(commands.updateCallTags({ callUuid: 'CA1', tagIds: [7] }))).toEqual({
      callUuid: 'CA1',
      tagIds: [7],
    });
    expect(toCommandDetail(commands.updateAvailability({ status: 'on_a_break' }))).toEqual({
      setting: 'on_a_break',
    });
  });

  it('never carries the password or email of a login', () => {
    const detail = toCommandDetail(commands.login({ email: 'a@example.com', password: 'hunter2' }));
    expect(detail).toBeUndefined();
    expect(JSON.stringify(detail ?? {})).not.toContain('hunter2');
  });

  it('is undefined for commands without a payload', () => {
    expect(toCommandDetail(commands.hangUp())).toBeUndefined();
  });
});

describe('redactCommand', () => {
  it('replaces the password of a login and leaves the original untouched', () => {
    const login = commands.login({ email: 'a@example.com', password: 'hunter2' });
    expect(redactCommand(login)).toEqual({
      type: 'AUTH.EMAIL_AND_PASSWORD',
      payload: { email: 'a@example.com', password: REDACTED },
    });
    expect(login.payload.password).toBe('hunter2');
  });

  it('returns other messages as they are', () => {
    const dial = commands.dial({ from: '+33100000000', to: '+14155550199' });
    expect(redactCommand(dial)).toBe(dial);
    expect(redactCommand('text')).toBe('text');
  });
});
