import { TEST_CUSTOMER as CUSTOMER, callScripts as script } from '@dialer-kit/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  callButton,
  GB_LINE,
  linesChanged,
  numberBox,
  renderOnScriptedBus as renderWithDialer,
} from '../../test/phoneFixtures';
import { CallBar } from '../components/CallBar/CallBar';
import { DialPad } from '../components/DialPad/DialPad';

// The lazy chunk cannot be fetched (offline, a deploy removed it).
vi.mock('./loadPhoneRules', () => ({
  loadPhoneRules: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

describe('when the phone-number rules fail to load', () => {
  it('reports one diagnostic and keeps E.164: typed, dialled and shown', async () => {
    const onDiagnostic = vi.fn();
    const { bus, user } = await renderWithDialer(
      <>
        <CallBar />
        <DialPad />
      </>,
      { provider: { onDiagnostic } },
    );
    await waitFor(() =>
      expect(onDiagnostic).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'phone-rules-unavailable', seq: -1 }),
      ),
    );
    expect(onDiagnostic.mock.calls.filter(([d]) => d.code === 'phone-rules-unavailable')).toHaveLength(1);
    bus.push(linesChanged(GB_LINE));
    await user.type(numberBox(), '020 7183 8750{Enter}');
    expect(numberBox()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(numberBox());
    await user.type(numberBox(), CUSTOMER);
    await user.click(callButton());
    expect(bus.sent('DIALER.DIAL')).toEqual([
      expect.objectContaining({ payload: { from: GB_LINE.normalized, to: CUSTOMER } }),
    ]);
    script.connected(bus);
    expect(await screen.findByText(CUSTOMER)).toBeVisible();
  });
});
