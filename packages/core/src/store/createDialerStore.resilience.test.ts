import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callStatus, connect, setup, sync, USER } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a lost INIT', () => {
  it('undoes the INIT with DESTROY once it times out, registers again after a pause, and comes up', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000, registerRetryMs: 1_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.REGISTER', 'BUS.INIT']);
    await vi.advanceTimersByTimeAsync(5_000);
    // A second INIT without DESTROY would duplicate events (PROTOCOL.md section 1).
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY']);
    expect(store.getState().connection).toBe('connecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(bus.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
    // Without an answer REGISTER keeps its back-off.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.REGISTER', 'BUS.REGISTER']);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(bus.sentTypes()).toEqual(['BUS.INIT']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('ignores a late answer to the INIT it undid: not ready while the services are down', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000, registerRetryMs: 1_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER', 'BUS.INIT', 'BUS.DESTROY', 'BUS.REGISTER']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('connecting');
    expect(store.actions.hangUp()).toEqual({ ok: false, reason: 'not-ready' });
  });

  it('waits twice as long before each further restart, up to 8 s, never sending INIT twice in a row', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000, registerRetryMs: 1_000 });
    store.start();
    const pauses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
      await vi.advanceTimersByTimeAsync(5_000);
      const destroyedAt = Date.now();
      const registersBefore = bus.sentTypes().filter((type) => type === 'BUS.REGISTER').length;
      while (bus.sentTypes().filter((type) => type === 'BUS.REGISTER').length === registersBefore) {
        await vi.advanceTimersByTimeAsync(100);
      }
      pauses.push(Date.now() - destroyedAt);
    }
    expect(pauses).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    const types = bus.sentTypes().filter((type) => type !== 'BUS.REGISTER');
    expect(types).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'BUS.INIT' : 'BUS.DESTROY')));
  });

  it('ignores a late INIT answer while waiting to restart', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000, registerRetryMs: 1_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    await vi.advanceTimersByTimeAsync(5_000);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    // That INIT was undone by DESTROY: the services are not up.
    expect(store.getState().connection).toBe('connecting');
    bus.take();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
  });

  it('cancels a restart when disposed while waiting for it', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    await vi.advanceTimersByTimeAsync(5_000);
    store.dispose();
    bus.take();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bus.sent).toEqual([]);
  });

  it('does not restart once the INIT was answered', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    bus.take();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bus.sent).toEqual([]);
    expect(store.getState().connection).toBe('ready');
  });

  it('registers again when a login gets no answer', async () => {
    const { store, bus } = setup({ requestTimeoutMs: 5_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED' });
    bus.take();
    const login = store.actions.login('jane.agent@example.com', 'secret');
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(login).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
    await vi.advanceTimersByTimeAsync(500);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
    bus.push({ type: 'BUS.REGISTER_FULFILLED' });
    expect(store.getState().connection).toBe('needs-login');
  });
});

describe('a throwing subscriber', () => {
  it('does not stop a command reaching the transport, and is reported', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    harness.bus.push(sync());
    harness.store.subscribe(() => {
      throw new Error('render bug');
    });
    expect(harness.store.actions.hangUp()).toEqual({ ok: true });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.HANGUP']);
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'listener-failed', seq: -1 });
    expect(harness.diagnostics.at(-1)?.message).toContain('render bug');
  });

  it('lets the other subscribers see every change', () => {
    const watch = (throwing: boolean) => {
      const harness = setup();
      const seen: string[] = [];
      if (throwing)
        harness.store.subscribe(() => {
          throw new Error('render bug');
        });
      harness.store.subscribe((state) => seen.push(state.connection));
      harness.store.start();
      harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
      harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
      return seen;
    };
    const seen = watch(true);
    expect(seen).toEqual(watch(false));
    expect(seen.at(0)).toBe('connecting');
    expect(seen.at(-1)).toBe('ready');
  });

  it('does not stall the bring-up', () => {
    const { store, bus } = setup();
    store.subscribe(() => {
      throw new Error('render bug');
    });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER', 'BUS.INIT']);
    expect(store.getState().connection).toBe('ready');
  });
});

describe('a reconnect', () => {
  it('settles every request in flight as failed and sends them again freely', async () => {
    const harness = setup();
    connect(harness);
    const fetched = harness.store.actions.fetchAvailabilities();
    harness.bus.reset();
    await expect(fetched).resolves.toEqual({ ok: false, reason: 'reconnected' });
    harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
    harness.bus.take();
    harness.store.actions.fetchAvailabilities();
    expect(harness.bus.sentTypes()).toEqual(['API.FETCH_AVAILABILITIES']);
  });

  it('lets no old request timer fire into the new session', async () => {
    const harness = setup({ requestTimeoutMs: 5_000 });
    connect(harness);
    harness.store.actions.fetchAvailabilities();
    await vi.advanceTimersByTimeAsync(1_000);
    harness.bus.reset();
    harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
    const second = harness.store.actions.fetchAvailabilities();
    await vi.advanceTimersByTimeAsync(4_500);
    harness.bus.push({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: {} });
    await expect(second).resolves.toMatchObject({ ok: true });
  });
});

describe('inbound traffic', () => {
  it('shows session tokens as ***, wherever they are', () => {
    const { store, bus, traffic } = setup();
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED' });
    const answer = {
      type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
      payload: {
        credentials: { idToken: 'id-123', refreshToken: 'refresh-456' },
        currentUser: USER,
        company: { sso: { refreshToken: 'nested-789' } },
      },
    };
    bus.push(answer);
    bus.push({ type: 'AUTH.TOKEN_REFRESHED', payload: { idToken: 'id-999', list: [{ idToken: 'x' }] } });
    const shown = JSON.stringify(traffic.filter((entry) => entry.direction === 'in'));
    for (const secret of ['id-123', 'refresh-456', 'nested-789', 'id-999', '"x"']) {
      expect(shown).not.toContain(secret);
    }
    const login = traffic.find(
      (entry) => entry.direction === 'in' && (entry.message as { type?: string }).type === answer.type,
    );
    expect(login).toMatchObject({ message: { payload: { credentials: '***', currentUser: USER } } });
    expect(store.getState().user).toEqual(USER);
  });
});

describe('a flood of foreign messages', () => {
  it('records the first drop per origin, then at most one a second', async () => {
    const { store, bus, diagnostics } = setup();
    store.start();
    const updates = vi.fn();
    store.subscribe(updates);
    for (let i = 0; i < 100; i += 1) bus.drop('foreign-origin', 'https://evil.example');
    bus.drop('foreign-source', 'https://other.example');
    const dropped = () => diagnostics.filter((d) => d.code === 'message-dropped');
    expect(dropped().map((d) => d.message)).toEqual([
      expect.stringContaining('evil.example'),
      expect.stringContaining('other.example'),
    ]);
    expect(updates).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    bus.drop('foreign-origin', 'https://evil.example');
    bus.drop('foreign-origin', 'https://evil.example');
    expect(dropped()).toHaveLength(3);
  });
});
