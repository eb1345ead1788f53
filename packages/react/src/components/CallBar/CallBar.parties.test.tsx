import {
  actOn,
  busEvent,
  callScripts,
  TEST_CUSTOMER,
  TEST_SECOND_CALLER,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, SECOND_CALLER, TRANSFEREE, twoPartySync } from '../../../test/partySyncs';
import { callRegion, partyText, renderBar, statusText } from './callBarQueries';

/**
 * The call bar on a connected call whose second party the agent called through the store (a transfer to
 * the transferee, or a second call): the bus announces the start, then the ringing of `flow`.
 */
async function renderRinging(flow: 'warmTransfer' | 'concurrent') {
  const { bus, store } = await renderBar(callScripts.connected);
  if (flow === 'warmTransfer') {
    actOn(() => store.actions.startWarmTransfer(TEST_TRANSFEREE));
    bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
  } else {
    actOn(() => store.actions.startConcurrent(TEST_SECOND_CALLER));
    bus.push(busEvent.callStatus('startingConcurrent', 'regular'));
  }
  bus.push(busEvent.callStatus('ringing', flow));
  return bus;
}

describe('CallBar during a warm transfer the agent started', () => {
  it('names the transferee while it rings, before any SYNC', async () => {
    await renderRinging('warmTransfer');
    expect(statusText()).toBe('Warm transfer: Ringing');
    expect(partyText()).toBe(TEST_TRANSFEREE);
    expect(callRegion()).not.toHaveTextContent(TEST_CUSTOMER);
  });

  it('keeps naming the transferee once answered, until a SYNC names the parties', async () => {
    const bus = await renderRinging('warmTransfer');
    bus.push(busEvent.callStatus('connected', 'warmTransfer'));
    expect(partyText()).toBe(TEST_TRANSFEREE);
    bus.push(twoPartySync(TRANSFEREE, CUSTOMER));
    expect(partyText()).toBe(TEST_TRANSFEREE);
  });
});

describe('CallBar during a second call', () => {
  // The kit does not keep the START_CONCURRENT_CALL target: until a SYNC names the callee, no name is
  // better than the held customer's.
  it('does not name the held customer while the second callee rings', async () => {
    await renderRinging('concurrent');
    expect(statusText()).toBe('Second call: Ringing');
    expect(callRegion()).not.toHaveTextContent(TEST_CUSTOMER);
  });

  it('names the second callee once a SYNC does', async () => {
    const bus = await renderRinging('concurrent');
    bus.push(twoPartySync(SECOND_CALLER, CUSTOMER));
    expect(partyText()).toBe(TEST_SECOND_CALLER);
  });
});
