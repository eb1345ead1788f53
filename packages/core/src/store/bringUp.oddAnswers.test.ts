import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, setup, USER } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
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
