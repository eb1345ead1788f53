import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  type ScriptedBus,
  TEST_CUSTOMER,
  TEST_SECOND_CALLER,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, SECOND_CALLER, twoPartySync } from '../../../test/partySyncs';
import { renderOnScript } from '../../../test/renderOnScript';
import { SecondCallControls } from './SecondCallControls';

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const section = () => screen.getByRole('region', { name: 'Second call' });
const button = (name: string) => within(section()).getByRole('button', { name });
const numberBox = () => within(section()).getByRole('textbox', { name: 'Second call to' });
/** The two calls as `{ label: party }`, the one talked with (or called) first. */
const parties = () =>
  Object.fromEntries(
    within(section())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );
const announced = () => within(section()).getByRole('status');

/** The panel on a scripted bus that `script` brings to a point of the call, with a user to click. */
const renderPanel = (script?: (bus: ScriptedBus) => void) => renderOnScript(<SecondCallControls />, script);

describe('SecondCallControls', () => {
  it('renders nothing without a connected call', async () => {
    const { bus, container } = await renderPanel();
    expect(container).toBeEmptyDOMElement();
    callScripts.dialing(bus);
    expect(container).toBeEmptyDOMElement();
  });

  describe('on a connected call', () => {
    it('starts a second call to the number typed, once for a double click', async () => {
      const { bus, user } = await renderPanel(callScripts.connected);
      expect(section()).toHaveAttribute('data-state', 'connected');
      expect(section()).not.toHaveAttribute('data-active');
      await user.type(numberBox(), '+1 415 555 0188');
      await user.dblClick(button('Start second call'));
      expect(bus.sent('DIALER.START_CONCURRENT_CALL')).toEqual([
        { type: 'DIALER.START_CONCURRENT_CALL', payload: { to: TEST_SECOND_CALLER } },
      ]);
      expect(section()).toHaveAttribute('data-pending');
      expect(button('Start second call')).toHaveAttribute('aria-busy', 'true');
    });

    it('refuses a target that is no number and sends nothing', async () => {
      const { bus, user } = await renderPanel(callScripts.connected);
      await user.type(numberBox(), 'bob{Enter}');
      expect(numberBox()).toHaveAttribute('aria-invalid', 'true');
      expect(numberBox()).toHaveFocus();
      expect(bus.sent('DIALER.START_CONCURRENT_CALL').length).toBe(0);
    });

    it('says, in words, why a call with a teammate cannot have a second call', async () => {
      await renderPanel((bus) =>
        callScripts.connected(bus, {
          activeParticipant: { user: { id: 7 }, legId: 'leg-t', isHeld: false, state: 'answering' },
        }),
      );
      expect(button('Start second call')).toHaveAttribute('aria-disabled', 'true');
      expect(within(section()).getByText('Not possible on a call between teammates.')).toBeVisible();
    });
  });

  describe('while the second person rings', () => {
    it('shows the number called and the customer on hold, Swap waiting for an answer', async () => {
      const { bus, user } = await renderPanel(callScripts.connected);
      await user.type(numberBox(), TEST_SECOND_CALLER);
      await user.click(button('Start second call'));
      bus.push(busEvent.callStatus('startingConcurrent', 'regular'));
      expect(section()).toHaveAttribute('data-active');
      expect(parties()).toEqual({ Calling: TEST_SECOND_CALLER, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      bus.push(busEvent.callStatus('ringing', 'concurrent'));
      expect(parties()).toEqual({ Calling: TEST_SECOND_CALLER, 'On hold': TEST_CUSTOMER });
      expect(button('Swap')).toHaveAccessibleDescription('Only possible during a connected call.');
      expect(announced()).toHaveTextContent(`Calling ${TEST_SECOND_CALLER}. On hold: ${TEST_CUSTOMER}.`);
    });

    it('names whom the kit calls when the call was started elsewhere in the app', async () => {
      const { bus, store } = await renderPanel(callScripts.connected);
      expect(actOn(() => store.actions.startConcurrent(TEST_SECOND_CALLER))).toEqual({ ok: true });
      bus.push(
        busEvent.callStatus('startingConcurrent', 'regular'),
        busEvent.callStatus('ringing', 'concurrent'),
      );
      expect(parties()).toEqual({ Calling: TEST_SECOND_CALLER, 'On hold': TEST_CUSTOMER });
      expect(announced()).toHaveTextContent(`Calling ${TEST_SECOND_CALLER}. On hold: ${TEST_CUSTOMER}.`);
    });

    it('says the person is not known yet when the kit did not start the call (the bus frame reloaded)', async () => {
      await renderPanel(callScripts.concurrentRinging);
      expect(parties()).toEqual({ Calling: 'Not known yet', 'On hold': TEST_CUSTOMER });
    });

    it('keeps the focus in the region when the form gives way to the two calls', async () => {
      const { bus, user } = await renderPanel(callScripts.connected);
      await user.type(numberBox(), TEST_SECOND_CALLER);
      await user.click(button('Start second call'));
      bus.push(busEvent.callStatus('startingConcurrent', 'regular'));
      expect(document.activeElement).toBe(section());
    });
  });

  describe('once the second person answered', () => {
    it('shows who the agent talks with and who holds, and announces it', async () => {
      await renderPanel(callScripts.concurrentConnected);
      expect(parties()).toEqual({ 'Talking with': TEST_SECOND_CALLER, 'On hold': TEST_CUSTOMER });
      expect(announced()).toHaveTextContent(`Talking with ${TEST_SECOND_CALLER}. On hold: ${TEST_CUSTOMER}.`);
      expect(button('Swap')).not.toHaveAttribute('aria-disabled');
    });

    it('swaps: busy until the SYNC, then the customer is talked with and the second person holds', async () => {
      const { bus, user } = await renderPanel(callScripts.concurrentConnected);
      await user.click(button('Swap'));
      expect(bus.sent('DIALER.SWAP_PARTICIPANT')).toHaveLength(1);
      bus.push(busEvent.callStatus('swapping', 'concurrent'), busEvent.callStatus('connected', 'concurrent'));
      expect(button('Swap')).toHaveAttribute('aria-busy', 'true');
      bus.push(twoPartySync(CUSTOMER, SECOND_CALLER));
      expect(parties()).toEqual({ 'Talking with': TEST_CUSTOMER, 'On hold': TEST_SECOND_CALLER });
      expect(announced()).toHaveTextContent(`Talking with ${TEST_CUSTOMER}. On hold: ${TEST_SECOND_CALLER}.`);
      expect(button('Swap')).not.toHaveAttribute('aria-busy');
    });

    it('says so when a swap fails, and the notice can be dismissed without losing focus', async () => {
      const { bus, user } = await renderPanel(callScripts.concurrentConnected);
      await user.click(button('Swap'));
      bus.push(
        busEvent.callStatus('swapping', 'concurrent'),
        busEvent.callStatus('connected', 'concurrent'),
        twoPartySync(SECOND_CALLER, CUSTOMER),
      );
      expect(shownNotice(section())).toHaveTextContent(
        'Swap failed. The dialer went back to the previous state.',
      );
      expect(parties()).toEqual({ 'Talking with': TEST_SECOND_CALLER, 'On hold': TEST_CUSTOMER });
      await user.click(button('Dismiss'));
      expect(shownNotice(section())).not.toBeInTheDocument();
      expect(document.activeElement).toBe(section());
    });

    it('offers a second call again once one of the two has left', async () => {
      const { bus } = await renderPanel(callScripts.concurrentConnected);
      bus.push(
        busEvent.callStatus('hanging', 'concurrent'),
        busEvent.callStatus('connected', 'regular'),
        busEvent.sync(callMetadata()),
      );
      expect(section()).not.toHaveAttribute('data-active');
      expect(numberBox()).toHaveValue('');
    });
  });

  it('says so when the second call could not start, and offers it again', async () => {
    const { bus } = await renderPanel(callScripts.connected);
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    expect(shownNotice(section())).toHaveTextContent(
      'Second call could not start. The dialer went back to the previous state.',
    );
    expect(button('Start second call')).not.toHaveAttribute('aria-disabled');
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderWithDialer(<SecondCallControls ref={ref} className="mine" />, {
      bus: createScriptedBus(),
    });
    callScripts.connected(bus);
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-second-call', 'mine');
  });
});
