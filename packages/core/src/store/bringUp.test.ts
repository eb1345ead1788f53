import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getControls } from '../controls/getControls';
import { callStatus, connect, setup, sync, USER } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const REGISTER = {
  type: 'BUS.REGISTER',
  payload: { origin: 'https://desk.example', appName: 'test-desk', release: '1.2.3' },
};
const INIT = { type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } };
const DESTROY = { type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } };

describe('bring-up', () => {
  it('sends nothing until started', () => {
    const { bus } = setup();
    vi.advanceTimersByTime(60_000);
    expect(bus.sent).toEqual([]);
  });

  it('registers first, then initialises a restored session and becomes ready', () => {
    const { store, bus } = setup();
    store.start();
    expect(store.getState().connection).toBe('connecting');
    expect(bus.take()).toEqual([REGISTER]);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(bus.take()).toEqual([INIT]);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
    expect(store.getState().user).toEqual(USER);
  });

  it('asks for a login when the bus has no session, and sends no INIT', () => {
    const { store, bus } = setup();
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED' });
    expect(store.getState().connection).toBe('needs-login');
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
  });

  it('is started only once however often start is called', () => {
    const { store, bus } = setup();
    store.start();
    store.start();
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
    expect(bus.listenerCount()).toBe(3);
  });

  it('reads the origin from the page only when started', () => {
    vi.stubGlobal('location', { origin: 'https://page.example' });
    try {
      const { store, bus } = setup({ origin: undefined });
      vi.stubGlobal('location', { origin: 'https://later.example' });
      store.start();
      expect(bus.sent[0]).toMatchObject({ payload: { origin: 'https://later.example' } });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not register without any origin and says why', () => {
    const { store, bus, diagnostics } = setup({ origin: undefined });
    store.start();
    expect(bus.sent).toEqual([]);
    expect(diagnostics.at(-1)?.message).toContain('no origin');
  });
});

describe('REGISTER retry', () => {
  it('retries with a doubling delay capped at 8 s until REGISTER_FULFILLED', () => {
    const { store, bus } = setup({ registerRetryMs: 1_000 });
    store.start();
    const times: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 6; i += 1) {
      bus.take();
      vi.advanceTimersToNextTimer();
      if (bus.sent.length > 0) times.push(Date.now() - started);
    }
    expect(times).toEqual([1_000, 3_000, 7_000, 15_000, 23_000, 31_000]);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    bus.take();
    vi.advanceTimersByTime(60_000);
    expect(bus.sentTypes()).toEqual([]);
  });

  it('keeps retrying after REGISTER_REJECTED', () => {
    const { store, bus } = setup({ registerRetryMs: 500 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_REJECTED', payload: { error: 'busy' } });
    bus.take();
    vi.advanceTimersByTime(500);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
  });

  it('sends one INIT even when two REGISTER attempts are both answered', () => {
    const { store, bus } = setup({ registerRetryMs: 500 });
    store.start();
    vi.advanceTimersByTime(500);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(bus.sentTypes().filter((type) => type === 'BUS.INIT')).toHaveLength(1);
  });
});

describe('when the bus frame reloads', () => {
  it('reconnects: registers and initialises again, controls say not-ready meanwhile', () => {
    const harness = setup();
    const { store, bus } = harness;
    connect(harness);
    bus.reset();
    expect(store.getState().connection).toBe('reconnecting');
    expect(getControls(store.getState()).dial.reason).toBe('not-ready');
    expect(bus.take()).toEqual([REGISTER]);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(bus.take()).toEqual([INIT]);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('keeps the agent tag selection for the call being tagged, once the bus names it again', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(sync());
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    harness.store.actions.selectTags([3, 1]);
    harness.bus.reset();
    expect(harness.store.getState().call).toMatchObject({ status: 'idle', tagSelection: [] });
    harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    harness.bus.push(sync());
    expect(harness.store.getState().call).toMatchObject({ status: 'mandatoryTagging', tagSelection: [1, 3] });
  });
});

describe('dispose', () => {
  it('sends DESTROY once, stops listening and becomes closed', () => {
    const harness = setup();
    const { store, bus } = harness;
    connect(harness);
    store.dispose();
    store.dispose();
    expect(bus.take()).toEqual([DESTROY]);
    expect(bus.listenerCount()).toBe(0);
    expect(store.getState().connection).toBe('closed');
  });

  it('sends no DESTROY when INIT was never sent', () => {
    const { store, bus } = setup();
    store.start();
    bus.take();
    store.dispose();
    expect(bus.sent).toEqual([]);
  });

  it('clears every timer: no REGISTER retry after dispose', () => {
    const { store, bus } = setup();
    store.start();
    store.dispose();
    bus.take();
    vi.advanceTimersByTime(60_000);
    expect(bus.sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('may be started again, registering anew after the DESTROY (StrictMode remount)', () => {
    const harness = setup();
    connect(harness);
    harness.store.dispose();
    harness.store.start();
    expect(harness.bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.REGISTER']);
    expect(harness.store.getState().connection).toBe('connecting');
  });
});

describe('when the session expires', () => {
  it('destroys the services and initialises again after the next login', async () => {
    const harness = setup();
    const { store, bus } = harness;
    connect(harness);
    bus.push({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' });
    expect(store.getState().connection).toBe('needs-login');
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY']);
    const result = store.actions.login('jane.agent@example.com', 'pw');
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: USER } });
    await expect(result).resolves.toMatchObject({ ok: true });
    expect(bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD', 'BUS.INIT']);
  });
});
