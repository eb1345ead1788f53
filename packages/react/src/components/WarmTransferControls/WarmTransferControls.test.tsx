import { actOn, busEvent, callScripts, probeHook, TEST_CUSTOMER, TEST_TRANSFEREE } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, TRANSFEREE, twoPartySync } from '../../../test/partySyncs';
import { renderOnScript } from '../../../test/renderOnScript';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { CallBar } from '../CallBar/CallBar';
import { WarmTransferControls } from './WarmTransferControls';
import {
  button,
  notice,
  parties,
  renderControls,
  renderStarted,
  section,
  transferBox,
} from './warmTransferQueries';

const OTHER = '+442079460000';
/** The SYNC of a transfer whose transferee is called, the customer on hold. */
const RINGING_SYNC = twoPartySync(TRANSFEREE, CUSTOMER);

describe('WarmTransferControls', () => {
  it('renders nothing without a connected call', async () => {
    const { bus, container } = await renderControls();
    expect(container).toBeEmptyDOMElement();
    callScripts.dialing(bus);
    expect(container).toBeEmptyDOMElement();
  });

  describe('on a connected regular call', () => {
    it('offers "Transfer to" and "Start transfer", which starts the transfer', async () => {
      const { bus, user } = await renderControls(callScripts.connected);
      expect(section()).toHaveAttribute('data-state', 'connected');
      expect(section()).not.toHaveAttribute('data-active');
      await user.type(transferBox(), '+33 6 12 34 56 78');
      await user.click(button('Start transfer'));
      expect(bus.sent('DIALER.START_WARM_TRANSFER')).toEqual([
        { type: 'DIALER.START_WARM_TRANSFER', payload: { to: TEST_TRANSFEREE } },
      ]);
    });

    it('refuses an invalid target and sends nothing', async () => {
      const { bus, user } = await renderControls(callScripts.connected);
      const box = transferBox();
      await user.type(box, 'bob{Enter}');
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(0);
    });

    it('sends one start for a double click', async () => {
      const { bus, user } = await renderControls(callScripts.connected);
      await user.type(transferBox(), TEST_TRANSFEREE);
      await user.dblClick(button('Start transfer'));
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(1);
    });
  });

  describe('while the transfer starts', () => {
    it('shows Swap and Merge disabled and busy', async () => {
      const { bus } = await renderControls(callScripts.connected);
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
      const { bus } = await renderStarted('+33 6 12 34 56 78');
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      if (status === 'ringing') bus.push(busEvent.callStatus(status, flow));
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('shows the target of a transfer started through useWarmTransfer, not an earlier one', async () => {
      const { result, element } = probeHook(useWarmTransfer);
      const { bus, user } = await renderOnScript(
        <>
          {element}
          <WarmTransferControls />
        </>,
        callScripts.connected,
      );
      await user.type(transferBox(), OTHER);
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
      const { bus, rerender } = await renderStarted(TEST_TRANSFEREE);
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('ringing', 'warmTransfer'),
      );
      rerender(<p>elsewhere</p>);
      rerender(<WarmTransferControls />);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('shows the held customer on hold when a SYNC arrived before the ringing status', async () => {
      const { bus } = await renderStarted(TEST_TRANSFEREE);
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'));
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });

    it('names the transferee from the SYNC when the kit did not start the transfer', async () => {
      const { bus } = await renderControls();
      bus.push(busEvent.callStatus('ringing', 'warmTransfer'), RINGING_SYNC);
      expect(parties()).toEqual({ Calling: TEST_TRANSFEREE, 'On hold': TEST_CUSTOMER });
    });
  });

  describe('focus', () => {
    it('stays in the transfer region when Start transfer gives way to the parties', async () => {
      const { bus } = await renderStarted(TEST_TRANSFEREE);
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      expect(screen.queryByRole('button', { name: 'Start transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(section());
    });

    it('moves to the call bar when Merge ends the transfer and the region goes', async () => {
      const { bus, user } = await renderOnScript(
        <>
          <CallBar />
          <WarmTransferControls />
        </>,
        callScripts.warmTransferConnected,
      );
      await user.click(button('Merge'));
      bus.push(busEvent.callStatus('merging', 'warmTransfer'), busEvent.callStatus('ended', 'regular'));
      expect(screen.queryByRole('region', { name: 'Warm transfer' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Call' }));
    });
  });

  describe('when the start fails', () => {
    it('says the transfer could not start and offers the form again', async () => {
      const { bus } = await renderControls(callScripts.connected);
      bus.push(
        busEvent.callStatus('startingWarmTransfer', 'regular'),
        busEvent.callStatus('connected', 'regular'),
      );
      expect(notice()).toHaveTextContent('Transfer could not start');
      expect(button('Start transfer')).toBeInTheDocument();
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    await renderOnScript(<WarmTransferControls ref={ref} className="mine" />, callScripts.connected);
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-warm-transfer', 'mine');
  });
});
