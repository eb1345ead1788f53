import { describe, expect, it } from 'vitest';
import { after, ev } from './testing';

const connected = after([
  ev.dialing('+1'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
]);
const sent = after([ev.sent('DIALER.START_WARM_TRANSFER', { to: '+2' })], connected);
const transferring = after(
  [ev.status('startingWarmTransfer', 'regular'), ev.status('ringing', 'warmTransfer')],
  sent,
);

describe('the warm transfer target (call.transferTo)', () => {
  it('is the `to` of the START_WARM_TRANSFER sent', () => {
    expect(connected.call.transferTo).toBeUndefined();
    expect(sent.call.transferTo).toBe('+2');
  });

  it('stays while the transfer starts and runs', () => {
    expect(after([ev.status('startingWarmTransfer', 'regular')], sent).call.transferTo).toBe('+2');
    expect(transferring.call.transferTo).toBe('+2');
    expect(after([ev.status('connected', 'warmTransfer')], transferring).call.transferTo).toBe('+2');
  });

  it('goes once the transfer is merged', () => {
    const merged = after(
      [
        ev.status('connected', 'warmTransfer'),
        ev.status('merging', 'warmTransfer'),
        ev.status('ended', 'regular'),
      ],
      transferring,
    );
    expect(merged.call.transferTo).toBeUndefined();
  });

  it('goes once the transfer leg hangs up and the regular call goes on', () => {
    const back = after(
      [ev.status('hanging', 'warmTransfer'), ev.status('connected', 'regular')],
      transferring,
    );
    expect(back.call.transferTo).toBeUndefined();
  });

  it('goes when the start reverts to the regular call', () => {
    const reverted = after(
      [ev.status('startingWarmTransfer', 'regular'), ev.status('connected', 'regular')],
      sent,
    );
    expect(reverted.call.transferTo).toBeUndefined();
  });

  it('goes when the START_WARM_TRANSFER saw no effect in time', () => {
    const timedOut = after(
      [
        {
          type: 'kit/commandTimedOut',
          payload: { commandType: 'DIALER.START_WARM_TRANSFER', sentAt: 1_000 },
        },
      ],
      sent,
    );
    expect(timedOut.call.transferTo).toBeUndefined();
  });

  it('goes when the call context resets to idle', () => {
    const idle = after(
      [ev.status('hanging', 'warmTransfer'), ev.status('ended', 'regular'), ev.status('idle')],
      transferring,
    );
    expect(idle.call.transferTo).toBeUndefined();
  });
});
