import { describe, expect, it } from 'vitest';
import { partyFromAddress, partyFromSync } from './participants';

describe('partyFromAddress', () => {
  it('reads client:<id> as a teammate and anything else as a number', () => {
    expect(partyFromAddress('client:42')).toEqual({ source: 'call', userId: 42, isHeld: false });
    expect(partyFromAddress('+14155550199')).toEqual({
      source: 'call',
      phoneNumber: '+14155550199',
      isHeld: false,
    });
    expect(partyFromAddress(undefined)).toBeUndefined();
  });
});

describe('partyFromSync', () => {
  it('keeps only what the UI reads, the name the bus gave included', () => {
    expect(
      partyFromSync({
        legId: 'L',
        isHeld: true,
        state: 'ringing',
        external: { phoneNumber: '+1', name: 'A' },
      }),
    ).toEqual({
      source: 'sync',
      legId: 'L',
      phoneNumber: '+1',
      name: 'A',
      isHeld: true,
      state: 'ringing',
    });
    expect(partyFromSync(undefined)).toBeUndefined();
  });

  it("names a teammate by the user's name, trimmed, and drops a blank name", () => {
    const teammate = { legId: 'L', isHeld: false, state: 'answering' as const };
    expect(partyFromSync({ ...teammate, user: { id: 7, name: '  Sam Teammate ' } })).toMatchObject({
      userId: 7,
      name: 'Sam Teammate',
    });
    expect(partyFromSync({ ...teammate, user: { id: 7, name: '   ' } })).not.toHaveProperty('name');
    expect(partyFromSync({ ...teammate, external: { phoneNumber: '+1' } })).not.toHaveProperty('name');
  });
});
