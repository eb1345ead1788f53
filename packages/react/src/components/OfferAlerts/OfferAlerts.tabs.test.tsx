import type { DialerStore } from '@dialer-kit/core';
import { createMemoryTabs } from '@dialer-kit/core/testing';
import { createSimulatedBus } from '@dialer-kit/simulator';
import { TEST_CUSTOMER as CUSTOMER } from '@dialer-kit/testing';
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTabStore } from '../../../test/tabStores';
import { DialerProvider } from '../../provider/DialerProvider';
import { OfferAlerts } from './OfferAlerts';
import { FLASH, fakeEnvironment } from './offerAlertsFakes';

describe('OfferAlerts in tabs sharing one bus', () => {
  const stores: DialerStore[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.dispose();
  });

  it('rings and notifies only in the tab that owns the bus; every hidden tab flashes its title', async () => {
    const memory = createMemoryTabs();
    const buses: ReturnType<typeof createSimulatedBus>[] = [];
    const connect = () => {
      const bus = createSimulatedBus({ session: 'restored', latencyMs: 0 });
      buses.push(bus);
      return { transport: bus.transport };
    };
    const pages = [fakeEnvironment(), fakeEnvironment()];
    for (const page of pages) {
      const store = openTabStore(memory, connect);
      stores.push(store);
      render(
        <DialerProvider store={store}>
          <OfferAlerts environment={page.environment} />
        </DialerProvider>,
      );
    }
    await waitFor(() => expect(stores.map((store) => store.tab?.role())).toEqual(['owner', 'follower']));
    await waitFor(() => expect(stores.every((s) => s.getState().connection === 'ready')).toBe(true));
    act(() => void buses[0]?.incomingCall({ type: 'external', from: CUSTOMER }));
    await waitFor(() => expect(pages.map((page) => page.doc.title)).toEqual([FLASH, FLASH]));
    const [owner, follower] = pages;
    expect(owner?.playing()).toHaveLength(1);
    expect(owner?.notifications.filter((n) => !n.closed)).toHaveLength(1);
    expect(follower?.players).toHaveLength(0);
    expect(follower?.notifications).toHaveLength(0);
    act(() => void stores[1]?.actions.reject());
    await waitFor(() => expect(pages.map((page) => page.doc.title)).toEqual(['Agent desk', 'Agent desk']));
    expect(owner?.playing()).toHaveLength(0);
    expect(owner?.notifications.every((n) => n.closed)).toBe(true);
  });
});
