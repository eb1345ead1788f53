import { describe, expect, it } from 'vitest';
import { CONTROL_NAMES } from '../controls/types';
import { BUS_COMMAND_TYPES } from '../parseBusCommand';
import { REQUEST_COMMANDS } from '../protocol/commands';
import { CONTROL_BY_COMMAND, controlFor, isSessionCommand } from './controlFor';

describe('controlFor', () => {
  it('maps each call verb to its control', () => {
    expect(controlFor('DIALER.DIAL')).toBe('dial');
    expect(controlFor('DIALER.SET_RECORDING')).toBe('record');
    expect(controlFor('DIALER.SWAP_PARTICIPANT')).toBe('swap');
    expect(controlFor('API.UPDATE_AVAILABILITY')).toBe('updateAvailability');
  });

  it('has no control for bring-up and session commands', () => {
    for (const type of ['BUS.REGISTER', 'BUS.INIT', 'BUS.DESTROY', 'AUTH.EMAIL_AND_PASSWORD'] as const) {
      expect(controlFor(type)).toBeUndefined();
      expect(isSessionCommand(type)).toBe(true);
    }
  });

  it('gives every control exactly one command', () => {
    const controls = BUS_COMMAND_TYPES.map(controlFor).filter((name) => name !== undefined);
    expect(controls.sort()).toEqual([...CONTROL_NAMES].sort());
  });

  it('knows every request command', () => {
    for (const type of REQUEST_COMMANDS) expect(Object.keys(CONTROL_BY_COMMAND)).toContain(type);
  });

  it('does not treat call commands as session commands', () => {
    expect(isSessionCommand('DIALER.HANGUP')).toBe(false);
    expect(isSessionCommand('API.FETCH_AVAILABILITIES')).toBe(false);
  });
});
