import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, external, metadata, script, TRANSFEREE } from '../../../test/callScripts';
import { busEvent } from '../../../test/fakeBus';
import { actOn, probeHook, renderWithDialer } from '../../../test/renderWithDialer';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { CallBar } from '../CallBar/CallBar';
import { WarmTransferControls } from './WarmTransferControls';

const OTHER = '+442079460000';
const RINGING_SYNC = busEvent.sync(
  metadata({
    activeParticipant: external(TRANSFEREE, 'leg-transferee'),
    inactiveParticipant: external(CUSTOMER, 'leg-customer', true),
  }),
);
const section = () => screen.getByRole('region', { name: 'Warm transfer' });
const button = (name: string) => screen.getByRole('button', { name });
const parties = () =>
  Object.fromEntries(
    within(section())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe('WarmTransferControls', () => {
  it('renders nothing without a connected call', async () => {
    const { bus, container } = await renderWithDialer(<WarmTransferControls />);
    expect(container).toBeEmptyDOMElement();
    script.dialing(bus);
    expect(container).toBeEmptyDOMElement();
  });

  describe('on a connected regular call', () => {
    it('offers "Transfer to" and "Start transfer", which starts the transfer', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      expect(section()).toHaveAttribute('data-state', 'connected');
      expect(section()).not.toHaveAttribute('data-active');
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), '+33 6 12 34 56 78');
      await user.click(button('Start transfer'));
      expect(bus.commands('DIALER.START_WARM_TRANSFER')).toEqual([
        { type: 'DIALER.START_WARM_TRANSFER', payload: { to: TRANSFEREE } },
      ]);
    });

    it('refuses an invalid target and sends nothing', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      const box = screen.getByRole('textbox', { name: 'Transfer to' });
      await user.type(box, 'bob{Enter}');
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(bus.count('DIALER.START_WARM_TRANSFER')).toBe(0);
    });

    it('sends one start for a double click', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TRANSFEREE);
      await user.dblClick(button('Start transfer'));
      expect(bus.count('DIALER.START_WARM_TRANSFER')).toBe(1);
    });
  });

  describe('while the transfer starts', () => {
    it('shows Swap and Merge disabled and busy', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
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
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), '+33 6 12 34 56 78');
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      if (status === 'ringing') bus.push(busEvent.callStatus(status, flow));
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    });

    it('shows the target of a transfer started through useWarmTransfer, not an earlier one', async () => {
      const { result, element } = probeHook(useWarmTransfer);
      const { bus, user } = await renderWithDialer(
        <>
          {element}
          <WarmTransferControls />
        </>,
      );
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), OTHER);
      await user.click(button('Start transfer'));
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('connected', 'regular'),
      );
      expect(actOn(() => result.current.startWarmTransfer(TRANSFEREE))).toEqual({ ok: true });
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
      );
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    });

    it('still shows the target after the controls are mounted again', async () => {
      const { bus, user, rerender } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
      );
      rerender(<p>elsewhere</p>);
      rerender(<WarmTransferControls />);
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    });

    it('shows the held customer on hold when a SYNC arrived before the ringing status', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'));
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    });

    it('names the transferee from the SYNC when the kit did not start the transfer', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />);
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TRANSFEREE, 'On hold': CUSTOMER });
    });
  });

  describe('focus', () => {
    it('stays in the transfer region when Start transfer gives way to the parties', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), TRANSFEREE);
      await user.click(button('Start transfer'));
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      expect(screen.queryByRole('button', { name: 'Start transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(section());
    });

    it('moves to the call bar when Merge ends the transfer and the region goes', async () => {
      const { bus, user } = await renderWithDialer(
        <>
          <CallBar />
          <WarmTransferControls />
        </>,
      );
      script.warmTransferConnected(bus);
      await user.click(button('Merge'));
      bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
      expect(screen.queryByRole('region', { name: 'Warm transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Call' }));
    });
  });

  describe('when the start fails', () => {
    it('says the transfer could not start and offers the form again', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />);
      script.connected(bus);
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('connected', 'regular'),
      );
      expect(screen.getByRole('alert')).toHaveTextContent('Transfer could not start');
      expect(button('Start transfer')).toBeInTheDocument();
    });
  });

  describe('while connected to the transferee', () => {
    it('shows who the agent talks with and who is on hold, with Swap and Merge enabled', async () => {
      const { bus } = await renderWithDialer(<WarmTransferControls />);
      script.warmTransferConnected(bus);
      expect(parties()).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
      expect(button('Merge')).not.toHaveAttribute('aria-disabled');
      expect(section()).not.toHaveAttribute('data-pending');
    });

    it('swaps: busy while swapping, then shows the exchanged parties', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.warmTransferConnected(bus);
      await user.dblClick(button('Swap'));
      expect(bus.count('DIALER.SWAP_PARTICIPANT')).toBe(1);
      bus.push(busEvent.callStatus('swapping', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('connected', 'warmTransfer'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      bus.push(
        busEvent.sync(
          metadata({
            activeParticipant: external(CUSTOMER, 'leg-customer'),
            inactiveParticipant: external(TRANSFEREE, 'leg-transferee', true),
          }),
        ),
      );
      expect(parties()).toEqual({ 'Talking with': CUSTOMER, 'On hold': TRANSFEREE });
      expect(button('Swap')).not.toHaveAttribute('aria-busy');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('says so when a swap fails (the parties did not exchange)', async () => {
      const { bus, user } = await renderWithDialer(<WarmTransferControls />);
      script.warmTransferConnected(bus);
      await user.click(button('Swap'));
      bus.push(
        busEvent.callStatus('swapping', 'warmTransfer'),
        busEvent.callStatus('connected', 'warmTransfer'),
      );
      bus.push(
        busEvent.sync(
          metadata({
            activeParticipant: external(TRANSFEREE, 'leg-transferee'),
            inactiveParticipant: external(CUSTOMER, 'leg-customer', true),
          }),
        ),
      );
      expect(screen.getByRole('alert')).toHaveTextContent('Swap failed');
      expect(parties()).toEqual({ 'Talking with': TRANSFEREE, 'On hold': CUSTOMER });
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
    });

    it('merges: busy while merging, then goes away when the call ends', async () => {
      const { bus, user, container } = await renderWithDialer(<WarmTransferControls />);
      script.warmTransferConnected(bus);
      await user.click(button('Merge'));
      expect(bus.count('DIALER.MERGE_WARM_TRANSFER')).toBe(1);
      bus.push(busEvent.callStatus('merging', 'warmTransfer'));
      expect(button('Merge')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderWithDialer(<WarmTransferControls ref={ref} className="mine" />);
    script.connected(bus);
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-warm-transfer', 'mine');
  });
});
