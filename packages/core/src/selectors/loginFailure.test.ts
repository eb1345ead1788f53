import { describe, expect, it } from 'vitest';
import { after, ev } from '../reducer/testing';
import { loginFailure } from './loginFailure';

const LOGIN = 'AUTH.EMAIL_AND_PASSWORD';
const atLoginForm = after([{ type: 'BUS.REGISTER_FULFILLED' }]);
const rejected = after(
  [
    ev.sent(LOGIN),
    { type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: { message: 'Invalid credentials' } } },
  ],
  atLoginForm,
);

describe('loginFailure', () => {
  it('is none before any login', () => {
    expect(loginFailure(atLoginForm)).toBeUndefined();
  });

  it("gives the bus's reason for a rejected login", () => {
    expect(loginFailure(rejected)).toMatchObject({ reason: 'rejected', message: 'Invalid credentials' });
  });

  it('says a login timed out', () => {
    const timedOut = after(
      [ev.sent(LOGIN), { type: 'kit/requestTimedOut', payload: { commandType: LOGIN, sentAt: 5_000 } }],
      atLoginForm,
      5_000,
    );
    expect(loginFailure(timedOut)).toMatchObject({ reason: 'timeout' });
  });

  it('is none while the next login is on its way', () => {
    expect(loginFailure(after([ev.sent(LOGIN)], rejected))).toBeUndefined();
  });

  it('keeps the rejection when a failure of another operation took the last failure', () => {
    const other = after(
      [
        ev.sent('DIALER.HOLD'),
        { type: 'kit/commandTimedOut', payload: { commandType: 'DIALER.HOLD', sentAt: 1_000 } },
      ],
      rejected,
    );
    expect(other.lastFailure?.operation).toBe('hold');
    expect(loginFailure(other)).toEqual({ reason: 'rejected', message: 'Invalid credentials' });
  });

  it('is none once a login succeeds', () => {
    const loggedIn = after(
      [ev.sent(LOGIN), { type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: { id: 1 } } }],
      rejected,
    );
    expect(loginFailure(loggedIn)).toBeUndefined();
  });
});
