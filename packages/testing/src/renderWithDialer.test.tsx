import { CallBar, MandatoryTagModal } from '@dialer-kit/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { agentDay } from './agentDay';
import { storeAgent } from './agents';
import { createMemoryStorage } from './createMemoryStorage';
import { createTestBus } from './createTestBus';
import { renderWithDialer } from './renderWithDialer';
import { TAGGING_LINE, TEST_TAGS } from './testData';

const taggingBus = () => createTestBus({ lines: [TAGGING_LINE] });
const Shell = ({ children }: { readonly children?: ReactNode }) => (
  <main aria-label="App shell">{children}</main>
);

describe('renderWithDialer', () => {
  it('renders once the kit is connected, and returns the bus and the provider store', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    expect(store.getState().connection).toBe('ready');
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Call' }).textContent).toContain('No call');
  });

  it('connects once in StrictMode', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />, { reactStrictMode: true });
    expect(store.getState().connection).toBe('ready');
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
    expect(bus.sent('BUS.INIT')).toHaveLength(1);
  });

  it('offers the test tags and keeps picks in memory, not in the page sessionStorage', async () => {
    const storage = createMemoryStorage();
    const bus = taggingBus();
    const { store } = await renderWithDialer(<MandatoryTagModal />, { bus, provider: { storage } });
    await agentDay({ bus, agent: storeAgent(bus, store) }).callEndsInTagging();
    const dialog = screen.getByRole('dialog', { name: 'Tag this call' });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(TEST_TAGS.length);
    for (const tag of TEST_TAGS) within(dialog).getByRole('checkbox', { name: tag.name });
    await userEvent.setup().click(within(dialog).getByRole('checkbox', { name: 'Follow-up' }));
    expect(storage.entries.size).toBe(1);
    expect(window.sessionStorage).toHaveLength(0);
  });

  it('passes provider props and nests the app wrapper inside the provider', async () => {
    const bus = taggingBus();
    const { store } = await renderWithDialer(<MandatoryTagModal />, {
      bus,
      provider: { tags: [] },
      wrapper: Shell,
    });
    await agentDay({ bus, agent: storeAgent(bus, store) }).callEndsInTagging();
    expect(within(screen.getByRole('main', { name: 'App shell' })).getByRole('dialog').textContent).toContain(
      'No tags are configured',
    );
  });

  it("gives the store the bus's clock, so shown durations follow simulated time", async () => {
    const bus = createTestBus();
    const { store } = await renderWithDialer(<CallBar />, { bus });
    await agentDay({ bus, agent: storeAgent(bus, store) }).outgoingCallAnswered();
    expect(store.now()).toBe(bus.now());
    await bus.advance(65_000);
    expect(store.now() - (store.getState().call.connectedAt ?? 0)).toBe(65_000);
  });
});
