import { describe, expect, it } from 'vitest';
import { after, ev } from '../reducer/testing';
import { lastFailureOf } from './lastFailureOf';

const refused = after([
  { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 1 } } },
  { type: 'BUS.INIT_FULFILLED' },
  ev.sent('API.UPDATE_AVAILABILITY'),
  { type: 'API.UPDATE_AVAILABILITY_REJECTED', payload: { error: { message: 'Not now' } } },
]);

describe('lastFailureOf', () => {
  it('is the last failure when it is one of the operation, the same object each time', () => {
    expect(lastFailureOf(refused, 'updateAvailability')).toMatchObject({
      operation: 'updateAvailability',
      reason: 'rejected',
      message: 'Not now',
    });
    expect(lastFailureOf(refused, 'updateAvailability')).toBe(refused.lastFailure);
  });

  it('is none for another operation', () => {
    expect(lastFailureOf(refused, 'hold')).toBeUndefined();
  });

  it('is none once the operation is tried again', () => {
    expect(lastFailureOf(after([ev.sent('API.UPDATE_AVAILABILITY')], refused), 'updateAvailability')).toBe(
      undefined,
    );
  });
});
