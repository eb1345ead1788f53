import { TEST_CUSTOMER as CUSTOMER, callScripts as script } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  callButton,
  GB_LINE,
  linesChanged,
  numberBox,
  renderOnScriptedBus as renderWithDialer,
} from '../../test/phoneFixtures';
import { CallBar } from '../components/CallBar/CallBar';
import { DialPad } from '../components/DialPad/DialPad';

// The setup file holds the lazy chunk pending: the kit as it is before the rules arrive.
describe('while the phone-number rules are loading', () => {
  it('dials a number typed in E.164, showing it as it is', async () => {
    const { bus, user } = await renderWithDialer(<DialPad />);
    bus.push(linesChanged(GB_LINE));
    await user.type(numberBox(), '+44 20 7183 8750');
    expect(numberBox()).toHaveAccessibleDescription('Dials +442071838750');
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')).toEqual([
      expect.objectContaining({
        payload: {
          from: GB_LINE.normalized,
          to: '+442071838750',
        },
      }),
    ]);
  });

  it('refuses a national number, asking for the international format', async () => {
    const { bus, user } = await renderWithDialer(<DialPad />);
    bus.push(linesChanged(GB_LINE));
    await user.type(numberBox(), '020 7183 8750{Enter}');
    expect(numberBox()).toHaveAccessibleDescription(
      'Enter a number in international format (+14155550199) or client:<id>.',
    );
    expect(bus.sent('DIALER.DIAL')).toEqual([]);
  });

  it('shows numbers in E.164, as the bus sends them', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    bus.push(linesChanged(GB_LINE));
    script.connected(bus);
    expect(await screen.findByText(CUSTOMER)).toBeVisible();
  });
});
