import { createSharedDialerStore, type DialerStore } from '@dialer-kit/core';
import { createMemoryTabs } from '@dialer-kit/core/testing';
import { createSimulatedBus } from '@dialer-kit/simulator';
import { createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTabStore } from '../../../test/tabStores';
import { useBusConnection } from '../../hooks/useBusConnection';
import { DialerProvider } from '../../provider/DialerProvider';
import { TabOwnership } from './TabOwnership';

const stores: DialerStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

/** Two tabs of one origin sharing a simulated bus, each rendered in its own container. */
function twoTabs() {
  const memory = createMemoryTabs();
  const connect = vi.fn(() => ({
    transport: createSimulatedBus({ session: 'restored', latencyMs: 0 }).transport,
  }));
  const open = (name: string) => {
    const store = openTabStore(memory, connect);
    stores.push(store);
    const container = document.body.appendChild(document.createElement('div'));
    container.setAttribute('aria-label', name);
    render(
      <DialerProvider store={store}>
        <TabOwnership />
      </DialerProvider>,
      { container },
    );
    return { store, view: within(container) };
  };
  const first = open('first tab');
  const second = open('second tab');
  return { first, second, connect };
}

describe('TabOwnership', () => {
  it('says in a follower tab that the phone is in another tab, and nothing in the owner', async () => {
    const { first, second, connect } = twoTabs();
    const region = await second.view.findByRole('region', { name: 'Phone is in another tab' });
    expect(region).toHaveAttribute('data-role', 'follower');
    expect(within(region).getByRole('button', { name: 'Use this tab' })).toBeVisible();
    expect(first.view.queryByRole('region')).not.toBeInTheDocument();
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('moves the phone to the tab whose "Use this tab" is pressed, by keyboard too', async () => {
    const { first, second, connect } = twoTabs();
    const button = await second.view.findByRole('button', { name: 'Use this tab' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(second.view.queryByRole('region')).not.toBeInTheDocument());
    await first.view.findByRole('region', { name: 'Phone is in another tab' });
    expect(second.store.tab?.role()).toBe('owner');
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('renders nothing for a store of this tab alone', async () => {
    await renderWithDialer(<TabOwnership />, { bus: createScriptedBus({ act }) });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

function Role() {
  const { role, state } = useBusConnection();
  return <output aria-label="role">{`${role} ${state}`}</output>;
}

describe('DialerProvider tabs={createSharedDialerStore}', () => {
  it('elects this lone tab the owner, which alone opens the bus and gets ready', async () => {
    const connect = vi.fn(() => ({
      transport: createSimulatedBus({ session: 'restored', latencyMs: 0 }).transport,
    }));
    const { unmount } = render(
      <DialerProvider
        tabs={createSharedDialerStore}
        connect={connect}
        tabName={`lone-${Math.random()}`}
        appName="t"
        release="0"
      >
        <Role />
      </DialerProvider>,
    );
    expect(screen.getByRole('status', { name: 'role' })).toHaveTextContent(/^(electing|owner) /);
    // Without Web Locks (Node), the heartbeat election listens a period, then claims for one.
    await waitFor(
      () => expect(screen.getByRole('status', { name: 'role' })).toHaveTextContent('owner ready'),
      {
        timeout: 4_000,
      },
    );
    expect(connect).toHaveBeenCalledTimes(1);
    unmount();
  });
});
