import { busEvent, createScriptedBus, renderWithDialer, callScripts as script } from '@dialer-kit/testing';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallBar } from '../components/CallBar/CallBar';
import { useBusConnection } from '../hooks/useBusConnection';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function showPage(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** The `beforeunload` listeners the kit has on `window` now. */
function unloadGuards() {
  const added = vi.spyOn(window, 'addEventListener');
  const removed = vi.spyOn(window, 'removeEventListener');
  const count = (spy: typeof added) => spy.mock.calls.filter(([type]) => type === 'beforeunload').length;
  return () => count(added) - count(removed);
}

describe('DialerProvider and the page', () => {
  it('resyncs once when the page is shown again and comes back online at the same time', async () => {
    const bus = createScriptedBus();
    await renderWithDialer(<p>desk</p>, { bus });
    script.connected(bus);
    showPage('hidden');
    expect(bus.sent('BUS.DESTROY')).toHaveLength(0);
    showPage('visible');
    act(() => {
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('resume'));
    });
    expect(bus.sent('BUS.DESTROY')).toHaveLength(1);
    expect(bus.sent('BUS.INIT')).toHaveLength(2);
    await bus.settle();
  });

  it('leaves the page alone with `pageLifecycle={false}`', async () => {
    const bus = createScriptedBus();
    const guards = unloadGuards();
    await renderWithDialer(<p>desk</p>, { bus, provider: { pageLifecycle: false } });
    script.connected(bus);
    showPage('visible');
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(bus.sent('BUS.DESTROY')).toHaveLength(0);
    expect(guards()).toBe(0);
  });

  it('asks before leaving only while a call is live or must be tagged, and stops asking on unmount', async () => {
    const bus = createScriptedBus();
    const guards = unloadGuards();
    const { unmount } = await renderWithDialer(<p>desk</p>, { bus });
    expect(guards()).toBe(0);
    script.connected(bus);
    expect(guards()).toBe(1);
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
    expect(guards()).toBe(1);
    bus.push(busEvent.callStatus('ended', 'regular'));
    expect(guards()).toBe(0);
    const free = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(free);
    expect(free.defaultPrevented).toBe(false);
    script.connected(bus);
    expect(guards()).toBe(1);
    unmount();
    expect(guards()).toBe(0);
  });

  it('keeps the leave guard off with `pageLifecycle={{ leaveGuard: false }}`, still resyncing', async () => {
    const bus = createScriptedBus();
    const guards = unloadGuards();
    await renderWithDialer(<p>desk</p>, { bus, provider: { pageLifecycle: { leaveGuard: false } } });
    script.connected(bus);
    expect(guards()).toBe(0);
    showPage('visible');
    expect(bus.sent('BUS.DESTROY')).toHaveLength(1);
    await bus.settle();
  });
});

function Connection() {
  const { stale } = useBusConnection();
  return <output aria-label="stale">{String(stale)}</output>;
}

describe('a silent bus during a call', () => {
  it('says the phone may be out of date, politely and without blocking the buttons, until the bus speaks again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const bus = createScriptedBus();
    await renderWithDialer(
      <>
        <CallBar />
        <Connection />
      </>,
      { bus, provider: { silenceLimitMs: 30_000 } },
    );
    script.connected(bus);
    // From now on, a bus that takes the resync and answers nothing.
    bus.answer('BUS.DESTROY', () => undefined);
    bus.answer('BUS.INIT', () => undefined);
    const notice = screen.getByText('', { selector: '.dk-call-bar__stale' });
    expect(notice).toHaveAttribute('aria-live', 'polite');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(bus.sent('BUS.DESTROY')).toHaveLength(1);
    expect(screen.getByLabelText('stale')).toHaveTextContent('false');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(screen.getByLabelText('stale')).toHaveTextContent('true');
    expect(notice).toHaveTextContent('Phone may be out of date – reconnecting…');
    expect(screen.getByRole('button', { name: /hang up/i })).toBeEnabled();
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(screen.getByLabelText('stale')).toHaveTextContent('false');
    expect(notice).toHaveTextContent('');
  });
});
