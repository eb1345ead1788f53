import { actOn, busEvent, TEST_CALL_UUID as CALL_UUID, TEST_CUSTOMER as CUSTOMER } from '@dialer-kit/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfferAlerts } from './OfferAlerts';
import { fakeEnvironment, fakeRegistration, renderAlerts } from './offerAlertsFakes';

describe('OfferAlerts: the system notification', () => {
  it('notifies a hidden tab of who calls, and closes it when the offer goes', async () => {
    const page = fakeEnvironment();
    const { bus, store } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { bus } = await renderAlerts(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    expect(page.notifications).toHaveLength(0);
    page.setVisibility('hidden');
    expect(page.notifications.filter((n) => !n.closed)).toHaveLength(1);
    page.setVisibility('visible');
    expect(page.notifications.every((n) => n.closed)).toBe(true);
  });

  it('brings the tab to the front when the notification is clicked', async () => {
    const page = fakeEnvironment();
    const { bus } = await renderAlerts(<OfferAlerts environment={page.environment} />);
    bus.push(busEvent.incoming());
    const notification = page.notifications.at(-1);
    notification?.onclick?.call(notification as unknown as Notification, new Event('click'));
    expect(page.environment.focus).toHaveBeenCalledOnce();
    expect(notification?.closed).toBe(true);
  });

  it('asks for permission only when "Enable notifications" is clicked, then notifies', async () => {
    const page = fakeEnvironment({ permission: 'default' });
    const { bus, user } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { unmount } = await renderAlerts(<OfferAlerts environment={denied.environment} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    const off = fakeEnvironment({ permission: 'default' });
    const { bus } = await renderAlerts(<OfferAlerts environment={off.environment} notifications={false} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    bus.push(busEvent.incoming());
    expect(off.notifications).toHaveLength(0);
  });

  it("shows the app's service-worker notification with Accept and Reject, and closes it when the offer goes", async () => {
    const page = fakeEnvironment();
    const { registration, shown } = fakeRegistration();
    const { bus, store } = await renderAlerts(
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
    const { bus } = await renderAlerts(
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
