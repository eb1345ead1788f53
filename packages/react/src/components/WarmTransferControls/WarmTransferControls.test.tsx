import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  externalParty,
  probeHook,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { CallBar } from '../CallBar/CallBar';
import { WarmTransferControls } from './WarmTransferControls';

const OTHER = '+442079460000';
const RINGING_SYNC = busEvent.sync(
  callMetadata({
    activeParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee'),
    inactiveParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
  }),
);
const section = () => screen.getByRole('region', { name: 'Warm transfer' });
/** The transfer's shown notice (its polite live region), or null. */
const notice = () =>
  section().querySelector<HTMLElement>('.dk-warm-transfer__notice:not([data-empty]) [aria-live="polite"]');
const button = (name: string) => screen.getByRole('button', { name });
const parties = () =>
  Object.fromEntries(
    within(section())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe('WarmTransferControls', () => {
  it('renders nothing without a connected call', async () => {
    const { bus, container } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
    expect(container).toBeEmptyDOMElement();
    callScripts.dialing(bus);
    expect(container).toBeEmptyDOMElement();
  });

  describe('on a connected regular call', () => {
    it('offers "Transfer to" and "Start transfer", which starts the transfer', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      expect(section()).toHaveAttribute('data-state', 'connected');
      expect(section()).not.toHaveAttribute('data-active');
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), '+33 6 12 34 56 78');
      await user.click(button('Start transfer'));
      expect(bus.sent('DIALER.START_WARM_TRANSFER')).toEqual([
        { type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEST_TRANSFEREE } },
      ]);
    });

    it('refuses an invalid target and sends nothing', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      const box = screen.getByRole('textbox', { name: 'Transfer to' });
      await user.type(box, 'bob{Enter}');
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(0);
    });

    it('sends one start for a double click', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TEST_TRANSFEREE);
      await user.dblClick(button('Start transfer'));
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(1);
    });
  });

  describe('while the transfer starts', () => {
    it('shows Swap and Merge disabled and busy', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      expect(section()).toHaveAttribute('data-active');
      expect(section()).toHaveAttribute('data-pending');
      for (const name of ['Swap', 'Merge']) {
        expect(button(name)).toHaveAttribute('aria-disabled', 'true');
        expect(button(name)).toHaveAttribute('aria-busy', 'true');
      }
    });
  });

  describe('while the transferee rings', () => {
    it.each([
      ['startingWarmTransfer', 'regular'],
      ['ringing', 'warmTransfer'],
    ] as const)('on %s shows "Calling" the typed number and the customer on hold', async (status, flow) => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), '+33 6 12 34 56 78');
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      if (status === 'ringing') bus.push(busEvent.callStatus(status, flow));
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('shows the target of a transfer started through useWarmTransfer, not an earlier one', async () => {
      const { result, element } = probeHook(useWarmTransfer);
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(
        <>
          {element}
          <WarmTransferControls />
        </>,
        { bus: createScriptedBus() },
      );
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), OTHER);
      await user.click(button('Start transfer'));
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('connected', 'regular'),
      );
      expect(actOn(() => result.current.startWarmTransfer(TEST_TRANSFEREE))).toEqual({ ok: true });
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
      );
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('still shows the target after the controls are mounted again', async () => {
      const user = userEvent.setup();
      const { bus, rerender } = await renderWithDialer(<WarmTransferControls />, {
        bus: createScriptedBus(),
      });
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TEST_TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
      );
      rerender(<p>elsewhere</p>);
      rerender(<WarmTransferControls />);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('shows the held customer on hold when a SYNC arrived before the ringing status', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TEST_TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'));
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('names the transferee from the SYNC when the kit did not start the transfer', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });
  });

  describe('focus', () => {
    it('stays in the transfer region when Start transfer gives way to the parties', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TEST_TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      expect(screen.queryByRole('button', { name: 'Start transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(section());
    });

    it('moves to the call bar when Merge ends the transfer and the region goes', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(
        <>
          <CallBar />
          <WarmTransferControls />
        </>,
        { bus: createScriptedBus() },
      );
      callScripts.warmTransferConnected(bus);
      await user.click(button('Merge'));
      bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
      expect(screen.queryByRole('region', { name: 'Warm transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Call' }));
    });
  });

  describe('when the start fails', () => {
    it('says the transfer could not start and offers the form again', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(bus);
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('connected', 'regular'),
      );
      expect(notice()).toHaveTextContent('Transfer could not start');
      expect(button('Start transfer')).toBeInTheDocument();
    });
  });

  describe('when the transferee does not take the call', () => {
    async function declined() {
      const user = userEvent.setup();
      const rendered = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.connected(rendered.bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TEST_TRANSFEREE);
      await user.click(button('Start transfer'));
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
      const user = userEvent.setup();
      await declined();
      await user.click(button('Dismiss'));
      expect(notice()).toBeNull();
      expect(section()).toContainElement(document.activeElement as HTMLElement);
    });

    it('says a transferee left after answering', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.warmTransferConnected(bus);
      bus.push(busEvent.callStatus('hanging', 'warmTransfer'), busEvent.callStatus('connected', 'regular'));
      expect(notice()).toHaveTextContent('The transferee left the transfer. You are back with the customer.');
    });
  });

  describe('while connected to the transferee', () => {
    it('shows who the agent talks with and who is on hold, with Swap and Merge enabled', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.warmTransferConnected(bus);
      expect(parties()).toEqual({ 'Talking with': TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
      expect(button('Merge')).not.toHaveAttribute('aria-disabled');
      expect(section()).not.toHaveAttribute('data-pending');
    });

    it('swaps: busy while swapping, then shows the exchanged parties', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.warmTransferConnected(bus);
      await user.dblClick(button('Swap'));
      expect(bus.sent('DIALER.SWAP_PARTICIPANT').length).toBe(1);
      bus.push(busEvent.callStatus('swapping', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('connected', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      bus.push(
        busEvent.sync(
          callMetadata({
            activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer'),
            inactiveParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee', true),
          }),
        ),
      );
      expect(parties()).toEqual({ 'Talking with': TEST_CUSTOMER, 'On hold': TEST_TRANSFEREE });
      expect(button('Swap')).not.toHaveAttribute('aria-busy');
      expect(notice()).toBeNull();
    });

    it('says so when a swap fails (the parties did not exchange)', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
      callScripts.warmTransferConnected(bus);
      await user.click(button('Swap'));
      bus.push(
        busEvent.callStatus('swapping', 'warmTransfer'),
        busEvent.callStatus('connected', 'warmTransfer'),
      );
      bus.push(
        busEvent.sync(
          callMetadata({
            activeParticipant: externalParty(TEST_TRANSFEREE, 'leg-transferee'),
            inactiveParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
          }),
        ),
      );
      expect(notice()).toHaveTextContent('Swap failed');
      expect(parties()).toEqual({ 'Talking with': TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
    });

    it('merges: busy while merging, then goes away when the call ends', async () => {
      const user = userEvent.setup();
      const { bus, container } = await renderWithDialer(<WarmTransferControls />, {
        bus: createScriptedBus(),
      });
      callScripts.warmTransferConnected(bus);
      await user.click(button('Merge'));
      expect(bus.sent('DIALER.MERGE_WARM_TRANSFER').length).toBe(1);
      bus.push(busEvent.callStatus('merging', 'warmTransfer'));
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderWithDialer(<WarmTransferControls ref={ref} className="mine" />, {
      bus: createScriptedBus(),
    });
    callScripts.connected(bus);
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-warm-transfer', 'mine');
  });
});
