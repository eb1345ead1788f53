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

describe('a bus that answers the bring-up oddly', () => {
  const NO_SESSION = { type: 'BUS.REGISTER_FULFILLED' };
  const SESSION = { type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } };
  const oddAnswers = (diagnostics: readonly { code: string }[]) =>
    diagnostics.filter((d) => d.code === 'unexpected-answer');

  it('initialises and becomes ready when REGISTER says no session, then a restored one', () => {
    const { store, bus, diagnostics } = setup();
    store.start();
    bus.push(NO_SESSION);
    bus.push(SESSION);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER', 'BUS.INIT']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
    expect(oddAnswers(diagnostics)).toHaveLength(1);
  });

  it('shows a login form whose login works when REGISTER says a restored session, then none', async () => {
    const { store, bus, diagnostics } = setup();
    store.start();
    bus.push(SESSION);
    bus.push(NO_SESSION);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('needs-login');
    // The INIT sent for the restored session is undone: the next one must not duplicate events.
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER', 'BUS.INIT', 'BUS.DESTROY']);
    expect(oddAnswers(diagnostics)).toHaveLength(1);
    bus.take();
    const login = store.actions.login('jane.agent@example.com', 'pw');
    expect(bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: USER } });
    await expect(login).resolves.toMatchObject({ ok: true });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('shows a login form whose login works when a late REGISTER answer says no session once ready', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(NO_SESSION);
    expect(harness.store.getState().connection).toBe('needs-login');
    expect(harness.bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY']);
    void harness.store.actions.login('jane.agent@example.com', 'pw');
    expect(harness.bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
    expect(oddAnswers(harness.diagnostics)).toHaveLength(1);
  });

  it.each([
    [
      'AUTH.EMAIL_AND_PASSWORD_REJECTED',
      { type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'no' } },
    ],
    ['AUTH.REFRESH_TOKEN_EXPIRED', { type: 'AUTH.REFRESH_TOKEN_EXPIRED' }],
  ])('keeps connecting after an unsolicited %s before REGISTER is answered, and says so', (_, odd) => {
    const { store, bus, diagnostics } = setup();
    store.start();
    bus.push(odd);
    expect(store.getState()).toMatchObject({ connection: 'connecting', loginError: undefined });
    expect(store.getState().lastFailure).toBeUndefined();
    expect(oddAnswers(diagnostics)).toHaveLength(1);
    bus.push(SESSION);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('keeps the restored session when a login sent before it is rejected', async () => {
    const { store, bus, diagnostics } = setup();
    store.start();
    bus.push(NO_SESSION);
    const login = store.actions.login('jane.agent@example.com', 'pw');
    bus.push(SESSION);
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'late' } });
    await expect(login).resolves.toEqual({ ok: false, reason: 'rejected', message: 'late' });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
    expect(oddAnswers(diagnostics)).toHaveLength(2);
  });

  it('stays ready when a login answer arrives after the session was restored', async () => {
    const { store, bus } = setup();
    store.start();
    bus.push(NO_SESSION);
    const login = store.actions.login('jane.agent@example.com', 'pw');
    bus.push(SESSION);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: USER } });
    await expect(login).resolves.toMatchObject({ ok: true });
    expect(store.getState().connection).toBe('ready');
    expect(bus.sentTypes().filter((type) => type === 'BUS.INIT')).toHaveLength(1);
  });

  describe('when the session expires between a rejected REGISTER and its retry', () => {
    /** Whatever is shown, a login form's login reaches the bus: the form is never a dead end. */
    async function expectNoDeadLoginForm(harness: ReturnType<typeof setup>): Promise<void> {
      const { store, bus, diagnostics } = harness;
      bus.push({ type: 'BUS.REGISTER_REJECTED', payload: { error: 'busy' } });
      const before = oddAnswers(diagnostics).length;
      bus.push({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' });
      // No login can be sent before REGISTER is answered, so no login form is shown before it.
      expect(store.getState().connection).not.toBe('needs-login');
      expect(oddAnswers(diagnostics)).toHaveLength(before + 1);
      bus.take();
      await expect(store.actions.login('jane.agent@example.com', 'pw')).resolves.toEqual({
        ok: false,
        reason: 'not-ready',
      });
      vi.advanceTimersByTime(8_000);
      expect(bus.take().map((m) => (m as { type: string }).type)).toContain('BUS.REGISTER');
      bus.push(NO_SESSION);
      expect(store.getState().connection).toBe('needs-login');
      void store.actions.login('jane.agent@example.com', 'pw');
      expect(bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
      bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: USER } });
      bus.push({ type: 'BUS.INIT_FULFILLED' });
      expect(store.getState().connection).toBe('ready');
    }

    it('after a reload of the bus frame: reconnecting, then a login form whose login works', async () => {
      const harness = setup({ registerRetryMs: 500 });
      connect(harness);
      harness.bus.reset();
      await expectNoDeadLoginForm(harness);
    });

    it('after a restart for a lost INIT: connecting, then a login form whose login works', async () => {
      const harness = setup({ requestTimeoutMs: 5_000, registerRetryMs: 500 });
      harness.store.start();
      harness.bus.push(SESSION);
      await vi.advanceTimersByTimeAsync(5_000 + 500);
      expect(harness.bus.sentTypes()).toEqual(['BUS.REGISTER', 'BUS.INIT', 'BUS.DESTROY', 'BUS.REGISTER']);
      await expectNoDeadLoginForm(harness);
    });
  });

  it('says nothing about a repeated identical REGISTER answer (a retried REGISTER answered twice)', () => {
    const { store, bus, diagnostics } = setup();
    store.start();
    bus.push(NO_SESSION);
    bus.push(NO_SESSION);
    expect(store.getState().connection).toBe('needs-login');
    expect(oddAnswers(diagnostics)).toEqual([]);
  });
});
