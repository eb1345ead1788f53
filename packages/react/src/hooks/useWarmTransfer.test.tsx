import { actOn, busEvent, type ScriptedBus } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useWarmTransfer } from './useWarmTransfer';

const customer = {
  legId: 'leg-c',
  isHeld: true,
  state: 'answering',
  external: { phoneNumber: '+14155550123' },
} as const;
const teammate = { legId: 'leg-t', isHeld: false, state: 'answering', user: { id: 7 } } as const;

function connectCall(bus: ScriptedBus): void {
  bus.push(
    busEvent.incoming(),
    busEvent.callStatus('accepting', 'regular'),
    busEvent.callStatus('connected', 'regular'),
  );
}

/** The bus connects the teammate: the agent talks with them, the customer on hold. */
function teammateAnswers(bus: ScriptedBus): void {
  bus.push(busEvent.callStatus('connected', 'warmTransfer'));
  bus.push(busEvent.sync({ activeParticipant: teammate, inactiveParticipant: customer }));
}

/** The SYNC after a swap: the agent talks with the customer again, the teammate on hold. */
const SWAPPED_SYNC = busEvent.sync({
  activeParticipant: { ...customer, isHeld: false },
  inactiveParticipant: { ...teammate, isHeld: true },
});

/** The hook on a connected call, a transfer to teammate 7 started through it and ringing. */
async function ringingTransfer() {
  const probe = await probeOnScript(useWarmTransfer, connectCall);
  actOn(() => probe.result.current.startWarmTransfer('client:7'));
  probe.bus.push(
    busEvent.callStatus('startingWarmTransfer', 'regular'),
    busEvent.callStatus('ringing', 'warmTransfer'),
  );
  return probe;
}

describe('useWarmTransfer', () => {
  it('can start from a connected regular call only', async () => {
    const { result, bus } = await probeOnScript(useWarmTransfer);
    expect(result.current).toMatchObject({
      isActive: false,
      startWarmTransferControl: { enabled: false },
      swapControl: { enabled: false },
      mergeControl: { enabled: false },
    });
    connectCall(bus);
    expect(result.current.startWarmTransferControl.enabled).toBe(true);
  });

  it('follows a transfer from start to merge', async () => {
    const { result, bus } = await probeOnScript(useWarmTransfer, connectCall);

    expect(actOn(() => result.current.startWarmTransfer('client:7'))).toEqual({ ok: true });
    expect(bus.sent('DIALER.START_WARM_TRANSFER')).toMatchObject([{ payload: { to: 'client:7' } }]);
    expect(result.current).toMatchObject({
      isPending: true,
      startWarmTransferControl: { enabled: false },
      transferTo: 'client:7',
    });

    bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
    expect(result.current).toMatchObject({ isActive: true, status: 'startingWarmTransfer', isPending: true });

    bus.push(busEvent.callStatus('ringing', 'warmTransfer'));
    teammateAnswers(bus);
    expect(result.current).toMatchObject({
      isActive: true,
      isPending: false,
      swapControl: { enabled: true },
      mergeControl: { enabled: true },
    });
    expect(result.current.activeParticipant).toMatchObject({ userId: 7 });
    expect(result.current.inactiveParticipant).toMatchObject({ phoneNumber: '+14155550123', isHeld: true });

    expect(actOn(() => result.current.merge())).toEqual({ ok: true });
    expect(bus.sent('DIALER.MERGE_WARM_TRANSFER').length).toBe(1);
    bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
    expect(result.current).toMatchObject({ isActive: false, failure: undefined, transferTo: undefined });
  });

  it('swaps the parties', async () => {
    const { result, bus } = await ringingTransfer();
    teammateAnswers(bus);
    expect(actOn(() => result.current.swap())).toEqual({ ok: true });
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    bus.push(SWAPPED_SYNC);
    expect(bus.sent('DIALER.SWAP_PARTICIPANT').length).toBe(1);
    expect(result.current.activeParticipant).toMatchObject({ legId: 'leg-c' });
    expect(result.current.failure).toBeUndefined();
  });

  it('reports a start the bus reverted', async () => {
    const { result, bus } = await probeOnScript(useWarmTransfer, connectCall);
    actOn(() => result.current.startWarmTransfer('client:7'));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );

    expect(result.current).toMatchObject({
      isActive: false,
      isPending: false,
      startWarmTransferControl: { enabled: true },
      failure: { operation: 'startWarmTransfer', reason: 'reverted' },
    });
  });

  it('names the parties: the target called, then the transferee talked with, the customer on hold', async () => {
    const { result, bus } = await ringingTransfer();
    expect(result.current.parties).toEqual({
      ringing: true,
      active: { kind: 'address', address: 'client:7' },
      held: { kind: 'party', party: expect.objectContaining({ phoneNumber: '+14155550199' }) },
    });
    teammateAnswers(bus);
    expect(result.current.parties).toMatchObject({
      ringing: false,
      active: { kind: 'party', party: { userId: 7 } },
      held: { kind: 'party', party: { phoneNumber: '+14155550123' } },
    });
  });

  it('keeps a swap pending until the SYNC after it', async () => {
    const { result, bus } = await probeOnScript(useWarmTransfer, connectCall);
    // A transfer started elsewhere (not through the hook).
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
    );
    teammateAnswers(bus);
    actOn(() => result.current.swap());
    bus.push(
      busEvent.callStatus('swapping', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    expect(result.current.isPending).toBe(true);
    bus.push(SWAPPED_SYNC);
    expect(result.current.isPending).toBe(false);
  });
});
