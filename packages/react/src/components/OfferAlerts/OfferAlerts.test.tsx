import { actOn, busEvent } from '@dialer-kit/testing';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfferAlerts } from './OfferAlerts';
import { FLASH, fakeEnvironment, renderAlerts } from './offerAlertsFakes';

afterEach(() => {
  vi.useRealTimers();
});

describe('OfferAlerts: the ringtone', () => {
  it('rings the kit tone in a loop while a call is offered, and stops when it is rejected', async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus, store } = await renderAlerts(<OfferAlerts environment={page.environment} />);
    expect(page.players).toHaveLength(0);
    bus.push(busEvent.incoming());
    await waitFor(() => expect(page.playing()).toHaveLength(1));
    expect(page.playing()[0]).toMatchObject({ src: undefined, loop: true, volume: 1 });
    actOn(() => store.actions.reject());
    expect(page.playing()).toHaveLength(0);
  });

  it("plays the app's sound at the app's volume, and stops when the call is answered or the caller gives up", async () => {
    const page = fakeEnvironment({ hidden: false });
    const { bus } = await renderAlerts(
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
    const { bus } = await renderAlerts(<OfferAlerts environment={page.environment} sound={false} />);
    bus.push(busEvent.incoming());
    expect(page.players).toHaveLength(0);
  });

  it('says when autoplay is blocked, and "Enable sound" plays it in the click', async () => {
    const page = fakeEnvironment({ hidden: false, refuse: true });
    const { bus, user } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { bus } = await renderAlerts(
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
    const { bus, store } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { bus } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { bus, store } = await renderAlerts(<OfferAlerts environment={page.environment} />);
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
    const { bus } = await renderAlerts(<OfferAlerts environment={page.environment} titleFlash={false} />);
    bus.push(busEvent.incoming());
    expect(page.doc.title).toBe('Agent desk');
  });
});
