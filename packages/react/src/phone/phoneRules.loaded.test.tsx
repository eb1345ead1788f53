import { busEvent, TEST_CUSTOMER as CUSTOMER, callScripts as script } from '@dialer-kit/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  callButton,
  GB_LINE,
  linesChanged,
  numberBox,
  renderOnScriptedBus as renderWithDialer,
  US_LINE,
} from '../../test/phoneFixtures';
import { CallBar } from '../components/CallBar/CallBar';
import { DialPad } from '../components/DialPad/DialPad';
import { LineSelect } from '../components/LineSelect/LineSelect';
import { WarmTransferControls } from '../components/WarmTransferControls/WarmTransferControls';
import { useDialTargetField } from '../index';

// The lazy chunk as an app gets it: the real rules (the setup file holds it pending for the other tests).
vi.unmock('./loadPhoneRules');

/** Renders `ui` on `lines` and waits for the rules, which the provider starts loading when it mounts. */
async function renderLoaded(ui: React.ReactElement, ...lines: (typeof GB_LINE)[]) {
  const rendered = await renderWithDialer(ui);
  rendered.bus.push(linesChanged(...lines));
  await rendered.user.type(numberBox(), '+14155550100');
  await screen.findByText('Dials +1 415 555 0100');
  await rendered.user.clear(numberBox());
  return rendered;
}

describe('once the phone-number rules have loaded', () => {
  it('dials a national number typed on a GB line in E.164, showing it as it will be dialled', async () => {
    const onDial = vi.fn();
    const { bus, user } = await renderLoaded(<DialPad onDial={onDial} />, GB_LINE);
    await user.type(numberBox(), '020 7183 8750');
    expect(numberBox()).toHaveAccessibleDescription('Dials +44 20 7183 8750');
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')).toEqual([
      {
        type: 'DIALER.DIAL',
        payload: { from: GB_LINE.normalized, to: '+442071838750' },
        meta: expect.anything(),
      },
    ]);
    expect(onDial).toHaveBeenCalledWith('+442071838750');
  });

  it('reads "(415) 555-0100" on a US line', async () => {
    const { bus, user } = await renderLoaded(<DialPad />, US_LINE, GB_LINE);
    await user.type(numberBox(), '(415) 555-0100{Enter}');
    expect(bus.sent('DIALER.DIAL')).toEqual([
      expect.objectContaining({ payload: { from: US_LINE.normalized, to: '+14155550100' } }),
    ]);
  });

  it('reads national numbers with the country of the line passed as `from`', async () => {
    const { bus, user } = await renderLoaded(<DialPad from="+14155550123" />, GB_LINE, US_LINE);
    await user.type(numberBox(), '415 555 0100{Enter}');
    expect(bus.sent('DIALER.DIAL')).toEqual([
      expect.objectContaining({ payload: { from: US_LINE.normalized, to: '+14155550100' } }),
    ]);
  });

  it.each([
    ['too few digits', '0207', 'This number has too few digits.'],
    ['too many digits', '020 7183 8750 1234', 'This number has too many digits.'],
    ['an unknown calling code', '+999 123', 'No country has this code: check the digits after +.'],
    [
      'a US number without +1',
      '415 555 0100',
      'Not a phone number in United Kingdom. Numbers abroad start with + and their country code.',
    ],
    ['letters', 'bob', 'Enter a phone number (digits, spaces, dashes, brackets) or client:<id>.'],
  ])('refuses %s on a GB line, saying why', async (_label, typed, reason) => {
    const { bus, user } = await renderLoaded(<DialPad />, GB_LINE);
    await user.type(numberBox(), `${typed}{Enter}`);
    expect(numberBox()).toHaveAttribute('aria-invalid', 'true');
    expect(numberBox()).toHaveAccessibleDescription(reason);
    expect(bus.sent('DIALER.DIAL')).toEqual([]);
  });

  it('starts a warm transfer to a national number of the call line, in E.164', async () => {
    const { bus, user } = await renderLoaded(
      <>
        <DialPad />
        <WarmTransferControls />
      </>,
      GB_LINE,
    );
    script.connected(bus, { line: GB_LINE });
    await user.type(screen.getByRole('textbox', { name: 'Transfer to' }), '020 7183 8750');
    expect(screen.getByText('Dials +44 20 7183 8750')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start transfer' }));
    expect(bus.sent('DIALER.START_WARM_TRANSFER')).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ to: '+442071838750' }) }),
    ]);
  });

  it('shows the parties and lines in international format', async () => {
    const { bus } = await renderLoaded(
      <>
        <LineSelect />
        <CallBar />
        <DialPad />
      </>,
      US_LINE,
    );
    const line = screen.getByRole('combobox', { name: 'Line' });
    expect(line).toHaveDisplayValue('+1 415 555 0123');
    expect(line).toHaveAccessibleDescription('Caller ID +1 415 555 0123');
    script.connected(bus);
    await waitFor(() => expect(screen.getByText('+1 415 555 0199')).toBeVisible());
    expect(screen.queryByText(CUSTOMER)).toBeNull();
    bus.push(busEvent.callStatus('ended', 'regular'));
  });

  it('gives a host its own number box through the public useDialTargetField, with the same rules', async () => {
    const checked = vi.fn();
    const { bus, user } = await renderWithDialer(<HostNumberBox onCheck={checked} />);
    bus.push(linesChanged(GB_LINE));
    const box = screen.getByRole('textbox', { name: 'Customer number' });
    // The rules load when the provider mounts: an E.164 number is shown formatted once they are there.
    await user.type(box, '+14155550100');
    await screen.findByText('Dials +1 415 555 0100');
    await user.clear(box);
    await user.type(box, '020 7183 8750');
    expect(screen.getByText('Dials +44 20 7183 8750')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(checked).toHaveBeenLastCalledWith('+442071838750');
    await user.clear(box);
    await user.type(box, 'call me');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(checked).toHaveBeenLastCalledWith(undefined);
    expect(screen.getByTestId('refusal')).toHaveTextContent('invalid');
    // The refused box has the focus back, for the agent to correct it.
    expect(box).toHaveFocus();
  });
});

/** A host's own number box on the kit's rules: the text, the number it dials, why it was refused. */
function HostNumberBox({ onCheck }: { readonly onCheck: (to: string | undefined) => void }) {
  const field = useDialTargetField();
  return (
    <div>
      <label>
        Customer number
        <input
          ref={field.inputRef}
          value={field.value}
          onChange={(event) => field.setText(event.target.value)}
        />
      </label>
      <p>{field.dialsAs === undefined ? '' : `Dials ${field.dialsAs}`}</p>
      <p data-testid="refusal">{field.refusal?.reason ?? 'none'}</p>
      <button type="button" onClick={() => onCheck(field.validate())}>
        Check
      </button>
    </div>
  );
}
