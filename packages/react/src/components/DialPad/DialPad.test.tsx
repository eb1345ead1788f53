import {
  busEvent,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_LINE,
} from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
import { defaultMessages } from '../../messages';
import { DialPad } from './DialPad';

const numberBox = () => screen.getByRole('textbox', { name: 'Phone number' });
const callButton = () => screen.getByRole('button', { name: 'Call' });
// The rules for national numbers are still loading (test/setup.ts): a number needs its country code.
const INVALID = defaultMessages.labels.phoneNeedsCountry;

async function renderReady(ui = <DialPad />) {
  const rendered = await renderWithDialer(ui, { bus: createScriptedBus() });
  rendered.bus.push(busEvent.linesChanged());
  return rendered;
}

describe('DialPad', () => {
  it('is a form named "Dial pad" with the number box, the keypad and Call', async () => {
    await renderReady();
    expect(screen.getByRole('form', { name: 'Dial pad' })).toHaveAttribute('data-state', 'ready');
    expect(numberBox()).toHaveValue('');
    for (const key of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', '+']) {
      expect(screen.getByRole('button', { name: key })).toBeInTheDocument();
    }
    expect(callButton()).not.toHaveAttribute('aria-disabled');
  });

  it('dials a typed number with its spaces and dashes removed', async () => {
    const onDial = vi.fn();
    const user = userEvent.setup();
    const { bus } = await renderReady(<DialPad onDial={onDial} />);
    await user.type(numberBox(), '+1 415-555-0199');
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')).toEqual([
      {
        type: 'DIALER.DIAL',
        payload: { from: TEST_LINE.normalized, to: TEST_CUSTOMER },
        meta: expect.anything(),
      },
    ]);
    expect(onDial).toHaveBeenCalledWith(TEST_CUSTOMER);
  });

  it('keeps the number dialled until that call is answered', async () => {
    const user = userEvent.setup();
    const { bus } = await renderReady();
    await user.type(numberBox(), '+1 415-555-0199');
    await user.click(callButton());
    callScripts.dialing(bus);
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(numberBox()).toHaveValue('+1 415-555-0199');
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(numberBox()).toHaveValue('');
  });

  it('keeps the number of a dial that failed, so the agent can call it again', async () => {
    const user = userEvent.setup();
    const { bus } = await renderReady();
    await user.type(numberBox(), TEST_CUSTOMER);
    await user.click(callButton());
    callScripts.dialing(bus);
    bus.push(busEvent.callStatus('ended', 'regular'));
    expect(numberBox()).toHaveValue(TEST_CUSTOMER);
    expect(callButton()).not.toHaveAttribute('aria-disabled');
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')).toHaveLength(2);
  });

  it('says why "Delete last digit" is disabled while the box is empty, in the line under the buttons', async () => {
    const user = userEvent.setup();
    await renderReady();
    const remove = screen.getByRole('button', { name: 'Delete last digit' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('Nothing to delete yet.');
    expect(screen.getByText('Nothing to delete yet.')).toBeVisible();
    await user.click(remove);
    expect(numberBox()).toHaveValue('');
    await user.type(numberBox(), '1');
    expect(remove).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText('Nothing to delete yet.')).not.toBeInTheDocument();
  });

  it('builds the number from the keypad and dials with Enter', async () => {
    const user = userEvent.setup();
    const { bus } = await renderReady();
    for (const key of '+14155550199') await user.click(screen.getByRole('button', { name: key }));
    expect(numberBox()).toHaveValue(TEST_CUSTOMER);
    await user.click(screen.getByRole('button', { name: 'Delete last digit' }));
    expect(numberBox()).toHaveValue('+1415555019');
    await user.type(numberBox(), '9{Enter}');
    expect(bus.sent('DIALER.DIAL')[0]).toMatchObject({ payload: { to: TEST_CUSTOMER } });
  });

  it('dials a teammate by client id', async () => {
    const user = userEvent.setup();
    const { bus } = await renderReady();
    await user.type(numberBox(), 'client:12');
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')[0]).toMatchObject({ payload: { to: 'client:12' } });
  });

  describe('with an invalid number', () => {
    it('refuses it with a message tied to the box, and sends nothing', async () => {
      const user = userEvent.setup();
      const { bus, container } = await renderReady();
      await user.type(numberBox(), '4155550199');
      await user.click(callButton());
      expect(bus.sent('DIALER.DIAL').length).toBe(0);
      expect(numberBox()).toHaveAttribute('aria-invalid', 'true');
      expect(numberBox()).toHaveAccessibleDescription(INVALID);
      expect(numberBox()).toHaveFocus();
      expect(container.querySelector('form')).toHaveAttribute('data-invalid');
    });

    it('clears the message once the agent edits the number', async () => {
      const user = userEvent.setup();
      await renderReady();
      await user.type(numberBox(), '12{Enter}');
      expect(numberBox()).toHaveAttribute('aria-invalid', 'true');
      await user.type(numberBox(), '3');
      expect(numberBox()).not.toHaveAttribute('aria-invalid');
      expect(numberBox()).not.toHaveAccessibleDescription();
    });
  });

  describe('while mandatory tagging', () => {
    it('refuses to dial, shows why and sends nothing', async () => {
      const user = userEvent.setup();
      const { bus } = await renderReady();
      callScripts.mandatoryTagging(bus);
      expect(screen.getByRole('form', { name: 'Dial pad' })).toHaveAttribute('data-state', 'disabled');
      expect(callButton()).toHaveAttribute('aria-disabled', 'true');
      expect(callButton()).toHaveAccessibleDescription('Tag the last call first.');
      expect(screen.getByText('Tag the last call first.')).toBeInTheDocument();
      await user.type(numberBox(), `${TEST_CUSTOMER}{Enter}`);
      await user.click(callButton());
      expect(bus.sent('DIALER.DIAL').length).toBe(0);
    });
  });

  it('says why a dial is refused during a call', async () => {
    const { bus } = await renderReady();
    callScripts.connected(bus);
    expect(callButton()).toHaveAccessibleDescription('Not possible during a call.');
  });

  it('says there is no line to call from yet, and sends nothing', async () => {
    const { bus, user } = await renderOnScript(<DialPad />);
    await user.type(numberBox(), `${TEST_CUSTOMER}{Enter}`);
    expect(bus.sent('DIALER.DIAL').length).toBe(0);
    expect(callButton()).toHaveAttribute('aria-disabled', 'true');
    expect(callButton()).toHaveAccessibleDescription('No phone line to call from yet.');
  });

  it('sends one dial for a double click', async () => {
    const user = userEvent.setup();
    const { bus } = await renderReady();
    await user.type(numberBox(), TEST_CUSTOMER);
    await user.dblClick(callButton());
    expect(bus.sent('DIALER.DIAL').length).toBe(1);
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLFormElement>();
    await renderReady(<DialPad ref={ref} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('form', { name: 'Dial pad' }));
    expect(ref.current).toHaveClass('dk-dial-pad', 'mine');
  });
});
