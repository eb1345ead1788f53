import { createSharedDialerStore, type DialerStore } from '@dialer-kit/core';
import { createMemoryTabs } from '@dialer-kit/core/testing';
import { createSimulatedBus } from '@dialer-kit/simulator';
import {
  actOn,
  busEvent,
  TEST_CALL_UUID as CALL_UUID,
  TEST_CUSTOMER as CUSTOMER,
  createScriptedBus,
  renderWithDialer as renderOnBus,
} from '@dialer-kit/testing';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DialerProvider } from '../../provider/DialerProvider';
import { OfferAlerts } from './OfferAlerts';
import { fakeEnvironment, fakeRegistration } from './offerAlertsFakes';

/** The alerts on a bus the test scripts message by message, with a user to click. */
async function renderWithDialer(ui: ReactElement) {
  const rendered = await renderOnBus(ui, { bus: createScriptedBus() });
  return { ...rendered, user: userEvent.setup() };
}

const FLASH = `☎ Incoming call – ${CUSTOMER}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('OfferAlerts: the ringtone', () => {
  it('rings the kit tone in a loop while a call is offered, and stops when it is rejected', async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus, store } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    expect(page.players).toHaveLength(0);
    bus.push(busEvent.incoming());
    await waitFor(() => expect(page.playing()).toHaveLength(1));
    expect(page.playing()[0]).toMatchObject({ src: undefined, loop: true, volume: 1 });
    actOn(() => store.actions.reject());
    expect(page.playing()).toHaveLength(0);
  });

  it("plays the app's sound at the app's volume, and stops when the call is answered or the caller gives up", async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus } = await renderWithDialer(
      <OfferAlerts environment={page.environment} sound="/ring.mp3" volume={0.4} />,
    );
    bus.push(busEvent.incoming());
    await waitFor(() => expect(page.playing()).toHaveLength(1));
    expect(page.playing()[0]).toMatchObject({ src: '/ring.mp3', volume: 0.4 });
    bus.push(busEvent.callStatus('connected'));
    expect(page.playing()).toHaveLength(0);

    bus.push(busEvent.callStatus('ended'), busEvent.incoming({ callUuid: 'CA2' }));
    await waitFor(() => expect(page.playing()).toHaveLength(1));
    bus.push(busEvent.callStatus('ended'));
    expect(page.playing()).toHaveLength(0);
  });

  it('stays silent with sound={false}', async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} sound={false} />);
    bus.push(busEvent.incoming());
    expect(page.players).toHaveLength(0);
  });

  it('says when autoplay is blocked, and "Enable sound" plays it in the click', async () => {
    const page = fakeEnvironment({ hidden: false, refuse: true });
    const { bus, user } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('button', { name: 'Enable sound' })).not.toBeInTheDocument();
    bus.push(busEvent.incoming());
    const enable = await screen.findByRole('button', { name: 'Enable sound' });
    expect(live).toHaveTextContent('The browser blocked the ringtone.');
    const player = page.players.at(-1);
    page.allowAutoplay();
    await user.click(enable);
    expect(player?.playing).toBe(true);
    expect(screen.queryByRole('button', { name: 'Enable sound' })).not.toBeInTheDocument();
    expect(live).toHaveTextContent('');
  });

  it('does not call a sound that fails for another reason blocked', async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus } = await renderWithDialer(
      <OfferAlerts
        environment={{
          ...page.environment,
          createAudio: () => ({
            loop: false,
            volume: 1,
            play: () => Promise.reject(new DOMException('no such sound', 'NotSupportedError')),
            pause: () => undefined,
          }),
        }}
      />,
    );
    bus.push(busEvent.incoming());
    await act(async () => undefined);
    expect(screen.queryByRole('button', { name: 'Enable sound' })).not.toBeInTheDocument();
  });
});

describe('OfferAlerts: the title flash', () => {
  it('alternates the title with "☎ Incoming call – <who>" while hidden, and restores it when the offer goes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const page = fakeEnvironment();
    const { bus, store } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    expect(page.doc.title).toBe('Agent desk');
    bus.push(busEvent.incoming());
    expect(page.doc.title).toBe(FLASH);
    act(() => vi.advanceTimersByTime(1000));
    expect(page.doc.title).toBe('Agent desk');
    act(() => vi.advanceTimersByTime(1000));
    expect(page.doc.title).toBe(FLASH);
    actOn(() => store.actions.reject());
    expect(page.doc.title).toBe('Agent desk');
    act(() => vi.advanceTimersByTime(5000));
    expect(page.doc.title).toBe('Agent desk');
  });

  it('stops and restores the title when the tab becomes visible, and never flashes a visible tab', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const page = fakeEnvironment();
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    expect(page.doc.title).toBe(FLASH);
    page.setVisibility('visible');
    expect(page.doc.title).toBe('Agent desk');
    act(() => vi.advanceTimersByTime(3000));
    expect(page.doc.title).toBe('Agent desk');
  });

  it('keeps a title the app set while flashing', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const page = fakeEnvironment();
    const { bus, store } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    page.doc.title = 'Agent desk (2)';
    act(() => vi.advanceTimersByTime(1000));
    expect(page.doc.title).toBe('Agent desk (2)');
    act(() => vi.advanceTimersByTime(1000));
    expect(page.doc.title).toBe(FLASH);
    actOn(() => store.actions.reject());
    expect(page.doc.title).toBe('Agent desk (2)');
  });

  it('leaves the title alone with titleFlash={false}', async () => {
    const page = fakeEnvironment();
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} titleFlash={false} />);
    bus.push(busEvent.incoming());
    expect(page.doc.title).toBe('Agent desk');
  });
});

describe('OfferAlerts: the system notification', () => {
  it('notifies a hidden tab of who calls, and closes it when the offer goes', async () => {
    const page = fakeEnvironment();
    const { bus, store } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    const open = page.notifications.filter((n) => !n.closed);
    expect(open).toHaveLength(1);
    expect(open[0]?.title).toBe(`Incoming call from ${CUSTOMER}`);
    expect(open[0]?.options).toMatchObject({ body: 'External call', tag: 'dialer-kit-offer' });
    actOn(() => store.actions.reject());
    expect(page.notifications.every((n) => n.closed)).toBe(true);
  });

  it('shows none in a visible tab, and closes it when the tab becomes visible', async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    expect(page.notifications).toHaveLength(0);
    page.setVisibility('hidden');
    expect(page.notifications.filter((n) => !n.closed)).toHaveLength(1);
    page.setVisibility('visible');
    expect(page.notifications.every((n) => n.closed)).toBe(true);
  });

  it('brings the tab to the front when the notification is clicked', async () => {
    const page = fakeEnvironment();
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    const notification = page.notifications.at(-1);
    notification?.onclick?.call(notification as unknown as Notification, new Event('click'));
    expect(page.environment.focus).toHaveBeenCalledOnce();
    expect(notification?.closed).toBe(true);
  });

  it('asks for permission only when "Enable notifications" is clicked, then notifies', async () => {
    const page = fakeEnvironment({ permission: 'default' });
    const { bus, user } = await renderWithDialer(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    expect(page.Notification.requestPermission).not.toHaveBeenCalled();
    expect(page.notifications).toHaveLength(0);
    actOn(() => bus.push(busEvent.callStatus('ended')));
    await user.click(screen.getByRole('button', { name: 'Enable notifications' }));
    expect(page.Notification.requestPermission).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Enable notifications' })).not.toBeInTheDocument(),
    );
    bus.push(busEvent.incoming({ callUuid: 'CA2' }));
    expect(page.notifications.filter((n) => !n.closed)).toHaveLength(1);
  });

  it('offers no permission button once denied, or with notifications={false}', async () => {
    const denied = fakeEnvironment({ permission: 'denied' });
    const { unmount } = await renderWithDialer(<OfferAlerts environment={denied.environment} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    const off = fakeEnvironment({ permission: 'default' });
    const { bus } = await renderWithDialer(
      <OfferAlerts environment={off.environment} notifications={false} />,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    bus.push(busEvent.incoming());
    expect(off.notifications).toHaveLength(0);
  });

  it("shows the app's service-worker notification with Accept and Reject, and closes it when the offer goes", async () => {
    const page = fakeEnvironment();
    const { registration, shown } = fakeRegistration();
    const { bus, store } = await renderWithDialer(
      <OfferAlerts environment={page.environment} registration={registration} />,
    );
    bus.push(busEvent.incoming());
    expect(page.notifications).toHaveLength(0);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.options).toMatchObject({
      tag: 'dialer-kit-offer',
      data: { callUuid: CALL_UUID },
      actions: [
        { action: 'accept', title: 'Accept' },
        { action: 'reject', title: 'Reject' },
      ],
    });
    actOn(() => store.actions.reject());
    await waitFor(() => expect(shown.every((entry) => entry.closed)).toBe(true));
  });

  it('accepts or rejects the offer its worker posts an action for, and ignores anything else', async () => {
    const page = fakeEnvironment();
    const { registration } = fakeRegistration();
    const { bus } = await renderWithDialer(
      <OfferAlerts environment={page.environment} registration={registration} />,
    );
    bus.push(busEvent.incoming());
    for (const data of [
      null,
      'accept',
      { type: 'dialer-kit:offer-action', action: 'accept', callUuid: 'CA-another' },
      { type: 'other', action: 'accept', callUuid: CALL_UUID },
      { type: 'dialer-kit:offer-action', action: 'answer', callUuid: CALL_UUID },
    ]) {
      page.postFromWorker(data);
    }
    expect(bus.sent('DIALER.ACCEPT')).toHaveLength(0);
    expect(bus.sent('DIALER.REJECT')).toHaveLength(0);
    page.postFromWorker({ type: 'dialer-kit:offer-action', action: 'accept', callUuid: CALL_UUID });
    expect(bus.sent('DIALER.ACCEPT')).toEqual([
      expect.objectContaining({ meta: { tracking: { call_mode: 'notification' } } }),
    ]);
  });
});

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
      const tab = memory.tab();
      const store = createSharedDialerStore({
        appName: 'test',
        release: '0.0.0',
        connect,
        locks: tab.locks,
        channel: tab.channel,
      });
      stores.push(store);
      store.start();
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
