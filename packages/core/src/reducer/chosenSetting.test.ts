import { describe, expect, it } from 'vitest';
import type { AvailabilityStatus } from '../protocol/enums';
import { after, ev } from './testing';
import type { DialerEvent } from './types';

let updatedAt = 0;
const status = (value: AvailabilityStatus): DialerEvent => ({
  type: 'USER.AVAILABILITY_CHANGED',
  payload: { userId: 1, status: value, updatedAt: ++updatedAt },
});
const ready = after([
  { type: 'kit/connecting', payload: { reconnect: false } },
  { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 1 } } },
  { type: 'BUS.INIT_FULFILLED' },
  status('available'),
]);
// `available` arrived at 4 000: the choice is sent over that record.
const asked = after([ev.sent('API.UPDATE_AVAILABILITY', { setting: 'on_a_break' })], ready, 5_000);
const accepted = after([{ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }], asked, 6_000);

describe("the agent's chosen availability setting (availability.chosenSetting)", () => {
  it('is the setting asked while the request awaits its answer, over the availability then held', () => {
    expect(asked.requests['API.UPDATE_AVAILABILITY']).toMatchObject({
      setting: 'on_a_break',
      sentOver: 4_000,
    });
    expect(asked.availability.chosenSetting).toBeUndefined();
  });

  it('is recorded when the bus accepts it', () => {
    expect(accepted.availability.chosenSetting).toEqual({ setting: 'on_a_break', sentOver: 4_000 });
  });

  it('is not recorded when the bus refuses it, nor when the request times out', () => {
    expect(
      after([{ type: 'API.UPDATE_AVAILABILITY_REJECTED' }], asked).availability.chosenSetting,
    ).toBeUndefined();
    const timedOut = after(
      [{ type: 'kit/requestTimedOut', payload: { commandType: 'API.UPDATE_AVAILABILITY', sentAt: 5_000 } }],
      asked,
    );
    expect(timedOut.availability.chosenSetting).toBeUndefined();
  });

  it('stays through the status it gives and through a call, whose statuses no setting gives', () => {
    const through = after(
      [status('do_not_disturb'), status('in_call'), status('after_call_work'), status('do_not_disturb')],
      accepted,
    );
    expect(through.availability.chosenSetting?.setting).toBe('on_a_break');
  });

  it('goes once a newer status contradicts it: the setting was changed elsewhere', () => {
    const elsewhere = after([status('do_not_disturb'), status('available')], accepted);
    expect(elsewhere.availability.chosenSetting).toBeUndefined();
  });

  it('goes with the session: the next agent has their own', () => {
    expect(
      after([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], accepted).availability.chosenSetting,
    ).toBeUndefined();
  });

  it('keeps the same state when the same acceptance is reported twice', () => {
    expect(after([{ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }], accepted)).toBe(accepted);
  });
});
