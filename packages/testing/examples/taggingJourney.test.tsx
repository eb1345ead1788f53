// @vitest-environment jsdom
import { CallBar, DialPad, MandatoryTagModal } from '@dialer-kit/react';
import { createTestBus, renderWithDialer, TAGGING_LINE, TEST_CUSTOMER } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';

it('asks for tags when a call on a tagging line ends, and frees the agent once tagged', async () => {
  const user = userEvent.setup();
  const bus = createTestBus({ lines: [TAGGING_LINE] });
  await renderWithDialer(
    <>
      <CallBar />
      <DialPad />
      <MandatoryTagModal />
    </>,
    { bus },
  );

  await user.type(screen.getByRole('textbox', { name: 'Phone number' }), TEST_CUSTOMER);
  await user.click(screen.getByRole('button', { name: 'Call' }));
  await bus.remoteAnswers();
  expect(screen.getByRole('region', { name: 'Call' }).textContent).toContain('Connected');

  await user.click(screen.getByRole('button', { name: 'Hang up' }));
  const dialog = screen.getByRole('dialog', { name: 'Tag this call' });
  await user.click(within(dialog).getByRole('checkbox', { name: 'Follow-up' }));
  await user.click(within(dialog).getByRole('button', { name: 'Save tags' }));

  expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('region', { name: 'Call' }).textContent).toContain('Call ended');
});
