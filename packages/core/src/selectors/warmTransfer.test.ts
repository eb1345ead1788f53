import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev, legs, participant, TRANSFEREE } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import { selectTransferParties } from './transferParties';
import { selectWarmTransfer, selectWarmTransferPhase } from './warmTransfer';

const customerLeg = (isHeld = false) => participant('leg-c', CUSTOMER, isHeld);
const transfereeLeg = (isHeld = false) => participant('leg-t', TRANSFEREE, isHeld);

const connected = after(
  [
    ev.dialing(CUSTOMER),
    ev.status('connecting', 'regular'),
    ev.status('connected', 'regular'),
    ev.sync(legs(customerLeg())),
  ],
  { ...createInitialState(), connection: 'ready' },
);
const sent = after([ev.sent('DIALER.START_WARM_TRANSFER', { to: TRANSFEREE })], connected);
const starting = after([ev.status('startingWarmTransfer', 'regular')], sent);
const ringing = after([ev.status('ringing', 'warmTransfer')], starting);
const answered = after([ev.status('connected', 'warmTransfer')], ringing);
const talking = after([ev.sync(legs(transfereeLeg(), customerLeg(true)))], answered);

describe('selectWarmTransferPhase', () => {
  it('is one and the same object whatever the call does while no transfer is possible', () => {
    const idle = selectWarmTransferPhase(createInitialState());
    expect(idle).toEqual({ phase: 'none', status: undefined, isPending: false });
    const dialing = after([ev.dialing(CUSTOMER), ev.status('connecting', 'regular')]);
    expect(selectWarmTransferPhase(dialing)).toBe(idle);
    expect(selectWarmTransferPhase(after([ev.status('hanging', 'regular')], connected))).toBe(idle);
  });

  it('offers a transfer on a connected regular call, pending once the start is sent', () => {
    expect(selectWarmTransferPhase(connected)).toEqual({
      phase: 'offer',
      status: 'connected',
      isPending: false,
    });
    expect(selectWarmTransferPhase(sent)).toMatchObject({ phase: 'offer', isPending: true });
  });

  it('is active from startingWarmTransfer on, pending until the transferee rings', () => {
    expect(selectWarmTransferPhase(starting)).toEqual({
      phase: 'active',
      status: 'startingWarmTransfer',
      isPending: true,
    });
    expect(selectWarmTransferPhase(ringing)).toMatchObject({ phase: 'active', isPending: false });
  });

  it('keeps a swap pending until the SYNC after it shows the parties exchanged', () => {
    const swapping = after(
      [ev.sent('DIALER.SWAP_PARTICIPANT'), ev.status('swapping', 'warmTransfer')],
      talking,
    );
    expect(selectWarmTransferPhase(swapping).isPending).toBe(true);
    const back = after([ev.status('connected', 'warmTransfer')], swapping);
    expect(selectWarmTransferPhase(back).isPending).toBe(true);
    const swapped = after([ev.sync(legs(customerLeg(), transfereeLeg(true)))], back);
    expect(selectWarmTransferPhase(swapped).isPending).toBe(false);
  });

  it('is pending while merging, and gone once the call ends', () => {
    const merging = after([ev.status('merging', 'warmTransfer')], talking);
    expect(selectWarmTransferPhase(merging)).toMatchObject({ phase: 'active', isPending: true });
    expect(selectWarmTransferPhase(after([ev.status('ended', 'regular')], merging)).phase).toBe('none');
  });
});

describe('selectTransferParties', () => {
  it('calls the typed target with the customer on hold while starting and ringing', () => {
    for (const state of [starting, ringing]) {
      expect(selectTransferParties(state)).toEqual({
        ringing: true,
        active: { kind: 'address', address: TRANSFEREE },
        held: { kind: 'party', party: expect.objectContaining({ phoneNumber: CUSTOMER }) },
      });
    }
  });

  it('still calls the target when a SYNC naming both legs came before the ringing status', () => {
    const early = after([ev.sync(legs(transfereeLeg(), customerLeg(true)))], starting);
    expect(selectTransferParties(early)).toMatchObject({
      ringing: true,
      active: { kind: 'address', address: TRANSFEREE },
      held: { kind: 'party', party: { phoneNumber: CUSTOMER, isHeld: true } },
    });
  });

  it('names the transferee from the SYNC when the kit did not start the transfer', () => {
    const elsewhere = after([
      ev.status('ringing', 'warmTransfer'),
      ev.sync(legs(transfereeLeg(), customerLeg(true))),
    ]);
    expect(selectTransferParties(elsewhere)).toMatchObject({
      ringing: true,
      active: { kind: 'party', party: { phoneNumber: TRANSFEREE } },
      held: { kind: 'party', party: { phoneNumber: CUSTOMER } },
    });
  });

  it('talks with the target, the call party on hold, until a SYNC names the parties', () => {
    expect(selectTransferParties(answered)).toMatchObject({
      ringing: false,
      active: { kind: 'address', address: TRANSFEREE },
      held: { kind: 'party', party: { phoneNumber: CUSTOMER } },
    });
  });

  it('follows the SYNC once it names both parties, swaps included', () => {
    expect(selectTransferParties(talking)).toMatchObject({
      active: { party: { phoneNumber: TRANSFEREE } },
      held: { party: { phoneNumber: CUSTOMER } },
    });
    const swapped = after([ev.sync(legs(customerLeg(), transfereeLeg(true)))], talking);
    expect(selectTransferParties(swapped)).toMatchObject({
      active: { party: { phoneNumber: CUSTOMER } },
      held: { party: { phoneNumber: TRANSFEREE } },
    });
  });

  it('gives the same object while the parties and the target stay', () => {
    const first = selectTransferParties(talking);
    expect(selectTransferParties(after([ev.sent('DIALER.MERGE_WARM_TRANSFER')], talking))).toBe(first);
  });
});

describe('selectWarmTransfer', () => {
  it('follows a transfer from offer to merge', () => {
    expect(selectWarmTransfer(connected)).toMatchObject({
      isActive: false,
      startWarmTransferControl: { enabled: true },
      isPending: false,
    });
    expect(selectWarmTransfer(sent)).toMatchObject({
      startWarmTransferControl: { enabled: false },
      isPending: true,
      transferTo: TRANSFEREE,
    });
    expect(selectWarmTransfer(talking)).toMatchObject({
      isActive: true,
      status: 'connected',
      isPending: false,
      parties: selectTransferParties(talking),
    });
  });

  it('reports only a failed start, swap or merge', () => {
    const reverted = after([ev.status('connected', 'regular')], starting);
    expect(selectWarmTransfer(reverted)).toMatchObject({
      isActive: false,
      failure: { operation: 'startWarmTransfer', reason: 'reverted' },
    });
    const tagsRefused = after(
      [ev.sent('DIALER.SET_TAGS'), { type: 'DIALER.SET_TAGS_REJECTED', payload: { error: 'no such tag' } }],
      connected,
    );
    expect(tagsRefused.lastFailure?.operation).toBe('setTags');
    expect(selectWarmTransfer(tagsRefused).failure).toBeUndefined();
  });
});
