import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESYNC_SPACING_MS } from '../reducer/resync';
import { callStatus, connect, setup } from '../store/storeHarness.test-helper';
import { watchPageLifecycle } from './watchPageLifecycle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A page: a window and a document whose visibility the test sets, counting beforeunload listeners. */
function page() {
  const win = new EventTarget();
  let unloadListeners = 0;
  const add = win.addEventListener.bind(win);
  const remove = win.removeEventListener.bind(win);
  win.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
    if (type === 'beforeunload') unloadListeners += 1;
    add(type, listener);
  };
  win.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
    if (type === 'beforeunload') unloadListeners -= 1;
    remove(type, listener);
  };
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const leave = () => {
    // A BeforeUnloadEvent's `returnValue` is writable, unlike a plain Event's.
    const event = new Event('beforeunload', { cancelable: true }) as Event & { returnValue?: unknown };
    Object.defineProperty(event, 'returnValue', { value: undefined, writable: true });
    win.dispatchEvent(event);
    return { asked: event.defaultPrevented, returnValue: event.returnValue };
  };
  return { win, doc, leave, unloadListeners: () => unloadListeners };
}

function onCall() {
  const harness = setup({ silenceLimitMs: false });
  connect(harness);
  harness.bus.push(callStatus('connected', 'regular'));
  harness.bus.take();
  return harness;
}

describe('watchPageLifecycle: resync', () => {
  it('resyncs once when the page is shown again, back online and resumed together', async () => {
    const { store, bus } = onCall();
    const p = page();
    const stop = watchPageLifecycle(store, { window: p.win, document: p.doc });
    p.doc.visibilityState = 'hidden';
    p.doc.dispatchEvent(new Event('visibilitychange'));
    expect(bus.sent).toEqual([]);
    p.doc.visibilityState = 'visible';
    p.doc.dispatchEvent(new Event('visibilitychange'));
    p.doc.dispatchEvent(new Event('resume'));
    p.win.dispatchEvent(new Event('online'));
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    await vi.advanceTimersByTimeAsync(RESYNC_SPACING_MS);
    p.win.dispatchEvent(new Event('online'));
    expect(bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    stop();
    bus.take();
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    await vi.advanceTimersByTimeAsync(RESYNC_SPACING_MS);
    p.doc.dispatchEvent(new Event('visibilitychange'));
    expect(bus.sent).toEqual([]);
  });

  it('resyncs a page restored from the back/forward cache, not one merely shown', () => {
    const { store, bus } = onCall();
    const p = page();
    watchPageLifecycle(store, { window: p.win, document: p.doc });
    p.win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(bus.sent).toEqual([]);
    p.win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.INIT']);
  });

  it('does nothing with `resync: false`', () => {
    const { store, bus } = onCall();
    const p = page();
    watchPageLifecycle(store, { window: p.win, document: p.doc, resync: false });
    p.doc.dispatchEvent(new Event('visibilitychange'));
    p.win.dispatchEvent(new Event('online'));
    expect(bus.sent).toEqual([]);
  });
});

describe('watchPageLifecycle: leaving the page', () => {
  it('asks before leaving only while a call is live or must be tagged, and lets go once it is over', () => {
    const harness = setup({ silenceLimitMs: false });
    connect(harness);
    const { store, bus } = harness;
    const p = page();
    const stop = watchPageLifecycle(store, { window: p.win, document: p.doc });
    expect(p.unloadListeners()).toBe(0);
    expect(p.leave()).toEqual({ asked: false, returnValue: undefined });
    bus.push(callStatus('connected', 'regular'));
    expect(p.unloadListeners()).toBe(1);
    expect(p.leave()).toEqual({ asked: true, returnValue: true });
    bus.push(callStatus('mandatoryTagging', 'regular'));
    expect(p.unloadListeners()).toBe(1);
    expect(p.leave().asked).toBe(true);
    bus.push(callStatus('ended', 'regular'));
    expect(p.unloadListeners()).toBe(0);
    expect(p.leave().asked).toBe(false);
    bus.push(callStatus('connected', 'regular'));
    expect(p.unloadListeners()).toBe(1);
    stop();
    expect(p.unloadListeners()).toBe(0);
    expect(p.leave().asked).toBe(false);
  });

  it('installs no guard in a follower tab of a shared bus (closing it ends nothing), and one once it owns the bus', () => {
    const { store: own } = onCall();
    let role: 'owner' | 'follower' = 'follower';
    const roleListeners = new Set<() => void>();
    const store = {
      ...own,
      tab: {
        role: () => role,
        subscribe(listener: () => void) {
          roleListeners.add(listener);
          return () => roleListeners.delete(listener);
        },
        takeOver: () => undefined,
      },
    };
    const p = page();
    const stop = watchPageLifecycle(store, { window: p.win, document: p.doc });
    expect(p.unloadListeners()).toBe(0);
    expect(p.leave().asked).toBe(false);
    role = 'owner';
    for (const listener of roleListeners) listener();
    expect(p.unloadListeners()).toBe(1);
    expect(p.leave().asked).toBe(true);
    stop();
    expect(roleListeners.size).toBe(0);
  });

  it('installs no guard with `leaveGuard: false`', () => {
    const { store } = onCall();
    const p = page();
    watchPageLifecycle(store, { window: p.win, document: p.doc, leaveGuard: false });
    expect(p.unloadListeners()).toBe(0);
    expect(p.leave().asked).toBe(false);
  });

  it('is a no-op without a page (server rendering)', () => {
    const { store } = onCall();
    const stop = watchPageLifecycle(store);
    expect(stop()).toBeUndefined();
  });
});
