import { busEvent, callScripts, TEST_CUSTOMER, TEST_TRANSFEREE } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, TRANSFEREE, twoPartySync } from '../../../test/partySyncs';
import { button, notice, parties, renderControls, renderStarted, section } from './warmTransferQueries';

// After the transferee was called: they do not take the call or leave, or they answer and the agent swaps
// between them and the customer, then merges.
describe('WarmTransferControls, once the transferee is called', () => {
  describe('when the transferee does not take the call', () => {
    async function declined() {
      const rendered = await renderStarted(TEST_TRANSFEREE);
      rendered.bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
        busEvent.callStatus('hanging', 'warmTransfer'),
        busEvent.callStatus('connected', 'regular'),
      );
      return rendered;
    }

    it('says the transferee declined or did not answer, politely, and offers the form again', async () => {
      await declined();
      expect(notice()).toHaveTextContent(
        `${TEST_TRANSFEREE} did not answer or declined. You are back with the customer.`,
      );
      expect(notice()).toHaveAttribute('aria-live', 'polite');
      expect(button('Start transfer')).toBeInTheDocument();
    });

    it('puts the notice away on Dismiss, keeping focus in the region', async () => {
      const { user } = await declined();
      await user.click(button('Dismiss'));
      expect(notice()).toBeNull();
      expect(section()).toContainElement(document.activeElement as HTMLElement);
    });

    it('says a transferee left after answering', async () => {
      const { bus } = await renderControls(callScripts.warmTransferConnected);
      bus.push(busEvent.callStatus('hanging', 'warmTransfer'), busEvent.callStatus('connected', 'regular'));
      expect(notice()).toHaveTextContent('The transferee left the transfer. You are back with the customer.');
    });
  });

  describe('while connected to the transferee', () => {
    it('shows who the agent talks with and who is on hold, with Swap and Merge enabled', async () => {
      await renderControls(callScripts.warmTransferConnected);
      expect(parties()).toEqual({ 'Talking with': TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
      expect(button('Merge')).not.toHaveAttribute('aria-disabled');
      expect(section()).not.toHaveAttribute('data-pending');
    });

    it('swaps: busy while swapping, then shows the exchanged parties', async () => {
      const { bus, user } = await renderControls(callScripts.warmTransferConnected);
      await user.dblClick(button('Swap'));
      expect(bus.sent('DIALER.SWAP_PARTICIPANT').length).toBe(1);
      bus.push(busEvent.callStatus('swapping', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('connected', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      bus.push(twoPartySync(CUSTOMER, TRANSFEREE));
      expect(parties()).toEqual({ 'Talking with': TEST_CUSTOMER, 'On hold': TEST_TRANSFEREE });
      expect(button('Swap')).not.toHaveAttribute('aria-busy');
      expect(notice()).toBeNull();
    });

    it('says so when a swap fails (the parties did not exchange)', async () => {
      const { bus, user } = await renderControls(callScripts.warmTransferConnected);
      await user.click(button('Swap'));
      bus.push(
        busEvent.callStatus('swapping', 'warmTransfer'),
        busEvent.callStatus('connected', 'warmTransfer'),
      );
      bus.push(twoPartySync(TRANSFEREE, CUSTOMER));
      expect(notice()).toHaveTextContent('Swap failed');
      expect(parties()).toEqual({ 'Talking with': TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
    });

    it('merges: busy while merging, then goes away when the call ends', async () => {
      const { bus, container, user } = await renderControls(callScripts.warmTransferConnected);
      await user.click(button('Merge'));
      expect(bus.sent('DIALER.MERGE_WARM_TRANSFER').length).toBe(1);
      bus.push(busEvent.callStatus('merging', 'warmTransfer'));
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(container).toBeEmptyDOMElement();
    });
  });
});
