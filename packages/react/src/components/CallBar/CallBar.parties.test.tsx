import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, external, metadata, script, TRANSFEREE } from '../../../test/callScripts';
import { busEvent } from '../../../test/fakeBus';
import { actOn, renderWithDialer } from '../../../test/renderWithDialer';
import { CallBar } from './CallBar';

const SECOND_CALLEE = '+14155550188';

const callRegion = () => screen.getByRole('region', { name: 'Call' });
const statusText = () => within(callRegion()).getByRole('status').textContent;
const partyText = () => callRegion().querySelector('.dk-call-bar__party')?.textContent;

describe('CallBar during a warm transfer the agent started', () => {
  it('names the transferee while it rings, before any SYNC', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.startWarmTransfer(TRANSFEREE));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
    );
    expect(statusText()).toBe('Warm transfer: Ringing');
    expect(partyText()).toBe(TRANSFEREE);
    expect(callRegion()).not.toHaveTextContent(CUSTOMER);
  });

  it('keeps naming the transferee once answered, until a SYNC names the parties', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.startWarmTransfer(TRANSFEREE));
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
    );
    expect(partyText()).toBe(TRANSFEREE);
    bus.push(
      busEvent.sync(
        metadata({
          activeParticipant: external(TRANSFEREE, 'leg-transferee'),
          inactiveParticipant: external(CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    expect(partyText()).toBe(TRANSFEREE);
  });
});

describe('CallBar during a second call', () => {
  // The kit does not keep the START_CONCURRENT_CALL target: until a SYNC names the callee, no name is
  // better than the held customer's.
  it('does not name the held customer while the second callee rings', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.startConcurrent(SECOND_CALLEE));
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
    expect(statusText()).toBe('Second call: Ringing');
    expect(callRegion()).not.toHaveTextContent(CUSTOMER);
  });

  it('names the second callee once a SYNC does', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.startConcurrent(SECOND_CALLEE));
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
      busEvent.sync(
        metadata({
          activeParticipant: external(SECOND_CALLEE, 'leg-second'),
          inactiveParticipant: external(CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    expect(partyText()).toBe(SECOND_CALLEE);
  });
});
