import { describe, expect, it } from 'vitest';
import { getControls } from '../controls/getControls';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { selectSecondCall } from './selectSecondCall';

const SECOND = '+14155550188';
const READY: DialerState = {
  ...createInitialState(),
  connection: 'ready',
  lines: [{ id: 1, number: '+1 415-555-0123', normalized: '+14155550123' }],
};
const customer = (isHeld = false) => participant('leg-c', CUSTOMER, isHeld);
const second = (isHeld = false) => participant('leg-s', SECOND, isHeld);

const connected = [ev.status('connected', 'regular'), ev.sync(legs(customer()))];
const ringing = [
  ...connected,
  ev.sent('DIALER.START_CONCURRENT_CALL', { to: SECOND }),
  ev.status('startingConcurrent', 'regular'),
  ev.status('ringing', 'concurrent'),
];
const answered = [...ringing, ev.status('connected', 'concurrent'), ev.sync(legs(second(), customer(true)))];
const view = (events: Parameters<typeof after>[0]) => selectSecondCall(after(events, READY));

describe('selectSecondCall', () => {
  it('is hidden without a connected call, during a warm transfer and while tagging', () => {
    expect(selectSecondCall(READY)).toMatchObject({ phase: 'hidden', status: undefined, pending: false });
    expect(view([...connected, ev.status('ringing', 'warmTransfer')]).phase).toBe('hidden');
    expect(view([...connected, ev.status('mandatoryTagging', 'regular')]).phase).toBe('hidden');
  });

  it('offers a second call on a connected regular call, and says why not on a call with a teammate', () => {
    expect(view(connected)).toMatchObject({
      phase: 'offer',
      status: 'connected',
      current: undefined,
      held: undefined,
      startConcurrentControl: { enabled: true },
    });
    const internal = view([ev.status('connected', 'regular'), ev.sync(legs(participant('leg-t', 7)))]);
    expect(internal.startConcurrentControl).toMatchObject({ enabled: false, reason: 'internal-call' });
  });

  it('is pending once the start is sent, before the bus answers', () => {
    const state = view([...connected, ev.sent('DIALER.START_CONCURRENT_CALL', { to: SECOND })]);
    expect(state).toMatchObject({ phase: 'offer', pending: true, startConcurrentControl: { pending: true } });
  });

  it('while starting, has the first party on hold and the address called, with Swap busy', () => {
    const state = view(ringing.slice(0, -1));
    expect(state).toMatchObject({
      phase: 'active',
      status: 'startingConcurrent',
      ringing: true,
      pending: true,
    });
    expect(state.current).toEqual({ source: 'call', phoneNumber: SECOND, isHeld: false });
    expect(state.held).toMatchObject({ phoneNumber: CUSTOMER });
    expect(state.swapControl).toMatchObject({ enabled: false, pending: true, reason: 'operation-pending' });
  });

  it('while the second person rings, names whom the kit called, keeps the first party on hold and Swap waits', () => {
    const state = view(ringing);
    expect(state).toMatchObject({ phase: 'active', ringing: true, pending: false });
    expect(state.current).toEqual({ source: 'call', phoneNumber: SECOND, isHeld: false });
    expect(state.held).toMatchObject({ phoneNumber: CUSTOMER });
    expect(state.swapControl).toMatchObject({ enabled: false, pending: false, reason: 'not-connected' });
  });

  it('once answered, names both parties from SYNC and allows a swap', () => {
    const state = view(answered);
    expect(state).toMatchObject({ phase: 'active', status: 'connected', ringing: false, pending: false });
    expect(state.current).toMatchObject({ phoneNumber: SECOND, isHeld: false });
    expect(state.held).toMatchObject({ phoneNumber: CUSTOMER, isHeld: true });
    expect(state.swapControl).toBe(getControls(after(answered, READY)).swap);
    expect(state.swapControl.enabled).toBe(true);
  });

  it('answered before its SYNC: the party talked with is the address called, the first party holds', () => {
    const state = view([...ringing, ev.status('connected', 'concurrent')]);
    expect(state.current).toMatchObject({ source: 'call', phoneNumber: SECOND });
    expect(state.held).toMatchObject({ phoneNumber: CUSTOMER });
  });

  it('names nobody before the SYNC when the kit did not start the second call (the bus frame reloaded)', () => {
    const notSent = [
      ...connected,
      ev.status('startingConcurrent', 'regular'),
      ev.status('ringing', 'concurrent'),
    ];
    expect(view(notSent).current).toBeUndefined();
  });

  it('keeps the same party object while the address called is the same', () => {
    const before = after(ringing, READY);
    const later = after(
      [
        {
          type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
          payload: { userId: 7, status: 'available', updatedAt: 9 },
        },
      ],
      before,
    );
    expect(selectSecondCall(later).current).toBe(selectSecondCall(before).current);
  });

  it('stays pending through a swap until the SYNC shows the parties exchanged', () => {
    const sent = [...answered, ev.sent('DIALER.SWAP_PARTICIPANT')];
    expect(view(sent)).toMatchObject({ pending: true, swapControl: { pending: true } });
    const swapping = [...sent, ev.status('swapping', 'concurrent')];
    expect(view(swapping)).toMatchObject({ pending: true, swapControl: { reason: 'operation-pending' } });
    const back = [...swapping, ev.status('connected', 'concurrent')];
    expect(view(back)).toMatchObject({ pending: true, swapControl: { enabled: false } });
    const swapped = view([...back, ev.sync(legs(customer(), second(true)))]);
    expect(swapped).toMatchObject({ pending: false, swapControl: { enabled: true }, failure: undefined });
    expect(swapped.current).toMatchObject({ phoneNumber: CUSTOMER });
    expect(swapped.held).toMatchObject({ phoneNumber: SECOND });
  });

  it('reports a swap whose SYNC shows nothing exchanged', () => {
    const state = view([
      ...answered,
      ev.status('swapping', 'concurrent'),
      ev.status('connected', 'concurrent'),
      ev.sync(legs(second(), customer(true))),
    ]);
    expect(state.failure).toMatchObject({ operation: 'swap', reason: 'reverted' });
    expect(state.current).toMatchObject({ phoneNumber: SECOND });
  });

  it('reports a start that reverted, back on the offer', () => {
    const state = view([
      ...connected,
      ev.status('startingConcurrent', 'regular'),
      ev.status('connected', 'regular'),
    ]);
    expect(state).toMatchObject({ phase: 'offer', failure: { operation: 'startConcurrent' } });
  });

  it('does not report a swap that failed in a warm transfer the call has left', () => {
    const state = after(
      [
        ...connected,
        ev.status('startingWarmTransfer', 'regular'),
        ev.status('ringing', 'warmTransfer'),
        ev.status('connected', 'warmTransfer'),
        ev.sync(legs(participant('leg-t', SECOND), customer(true))),
        ev.status('swapping', 'warmTransfer'),
        ev.status('connected', 'warmTransfer'),
        ev.sync(legs(participant('leg-t', SECOND), customer(true))),
        ev.status('hanging', 'warmTransfer'),
        ev.status('connected', 'regular'),
      ],
      READY,
    );
    expect(state.lastFailure).toMatchObject({ operation: 'swap', reason: 'reverted' });
    expect(selectSecondCall(state)).toMatchObject({ phase: 'offer', failure: undefined });
  });

  it('goes back to the offer when one of the two leaves', () => {
    const state = view([
      ...answered,
      ev.status('hanging', 'concurrent'),
      ev.status('connected', 'regular'),
      ev.sync(legs(customer())),
    ]);
    expect(state).toMatchObject({ phase: 'offer', current: undefined, held: undefined, ringing: false });
  });

  it('does not change the state it reads', () => {
    const state = after(answered, READY);
    const copy = structuredClone(state);
    selectSecondCall(state);
    expect(state).toEqual(copy);
  });
});
