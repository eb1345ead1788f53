import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallBar } from './CallBar';

const SECOND_CALLEE = '+14155550188';

const callRegion = () => screen.getByRole('region', { name: 'Call' });
const statusText = () => within(callRegion()).getByRole('status').textContent;
const partyText = () => callRegion().querySelector('.dk-call-bar__party')?.textContent;

describe('CallBar during a warm transfer the agent started', () => {
  it('names the transferee while it rings, before any SYNC', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus);
    actOn(() => store.actions.startWarmTransfer(TEST_TRANSFEREE));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
    );
    expect(statusText()).toBe('Warm transfer: Ringing');
    expect(partyText()).toBe(TEST_TRANSFEREE);
    expect(callRegion()).not.toHaveTextContent(TEST_CUSTOMER);
  });

  it('keeps naming the transferee once answered, until a SYNC names the parties', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus);
    actOn(() => store.actions.startWarmTransfer(TEST_TRANSFEREE));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    expect(partyText()).toBe(TEST_TRANSFEREE);
    bus.push(
      busEvent.sync(
        callMetadata({
          activeParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee'),
          inactiveParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    expect(partyText()).toBe(TEST_TRANSFEREE);
  });
});

describe('CallBar during a second call', () => {
  // The kit does not keep the START_CONCURRENT_CALL target: until a SYNC names the callee, no name is
  // better than the held customer's.
  it('does not name the held customer while the second callee rings', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus);
    actOn(() => store.actions.startConcurrent(SECOND_CALLEE));
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
    expect(statusText()).toBe('Second call: Ringing');
    expect(callRegion()).not.toHaveTextContent(TEST_CUSTOMER);
  });

  it('names the second callee once a SYNC does', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus);
    actOn(() => store.actions.startConcurrent(SECOND_CALLEE));
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
      busEvent.sync(
        callMetadata({
          activeParticipant: externalParty(SECOND_CALLEE, 'leg-second'),
          inactiveParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    expect(partyText()).toBe(SECOND_CALLEE);
  });
});
