import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, setup, USER } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function needingLogin() {
  const harness = setup();
  harness.store.start();
  harness.bus.push({ type: 'BUS.REGISTER_FULFILLED' });
  harness.bus.take();
  return harness;
}

describe('login', () => {
  it('sends the credentials, resolves on FULFILLED, then initialises', async () => {
    const { store, bus } = needingLogin();
    const result = store.actions.login('jane.agent@example.com', 's3cret!');
    expect(bus.take()).toEqual([
      { type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'jane.agent@example.com', password: 's3cret!' } },
    ]);
    bus.push({
      type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
      payload: { currentUser: USER, credentials: {}, company: {} },
    });
    await expect(result).resolves.toMatchObject({ ok: true });
    expect(bus.sentTypes()).toEqual(['BUS.INIT']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('becomes ready after a login answer without currentUser', async () => {
    const { store, bus } = needingLogin();
    const result = store.actions.login('jane.agent@example.com', 's3cret!');
    bus.take();
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { credentials: {} } });
    await expect(result).resolves.toMatchObject({ ok: true });
    expect(bus.sentTypes()).toEqual(['BUS.INIT']);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });

  it('resolves with the error on REJECTED and sends no INIT', async () => {
    const { store, bus } = needingLogin();
    const result = store.actions.login('jane.agent@example.com', 'wrong');
    bus.take();
    bus.push({
      type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
      payload: { error: { message: 'Invalid credentials' } },
    });
    await expect(result).resolves.toEqual({ ok: false, reason: 'rejected', message: 'Invalid credentials' });
    expect(bus.sent).toEqual([]);
    expect(store.getState().connection).toBe('needs-login');
  });

  it('resolves with a timeout when the bus never answers', async () => {
    const { store } = needingLogin();
    const result = store.actions.login('jane.agent@example.com', 'pw');
    vi.advanceTimersByTime(10_000);
    await expect(result).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(store.getState().requests['AUTH.EMAIL_AND_PASSWORD']).toBeUndefined();
  });

  it('keeps the password out of state, traffic and diagnostics', async () => {
    const { store, bus, traffic, diagnostics } = needingLogin();
    const result = store.actions.login('jane.agent@example.com', 'hunter2-secret');
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED', payload: { error: 'nope' } });
    await result;
    const outbound = traffic.filter((entry) => entry.direction === 'out').map((entry) => entry.message);
    expect(outbound).toContainEqual({
      type: 'AUTH.EMAIL_AND_PASSWORD',
      payload: { email: 'jane.agent@example.com', password: '***' },
    });
    const everything = JSON.stringify([store.getState(), traffic, diagnostics]);
    expect(everything).not.toContain('hunter2-secret');
  });

  it('refuses a password that is not a string, and never shows it', async () => {
    const { store, bus, traffic, diagnostics } = needingLogin();
    await expect(store.actions.login('jane.agent@example.com', 987654 as unknown as string)).resolves.toEqual(
      {
        ok: false,
        reason: 'not-allowed',
      },
    );
    expect(bus.sent).toEqual([]);
    expect(JSON.stringify([store.getState(), traffic, diagnostics])).not.toContain('987654');
  });

  it('refuses a login when none is expected', async () => {
    const harness = setup();
    connect(harness);
    await expect(harness.store.actions.login('a@example.com', 'pw')).resolves.toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(harness.bus.sent).toEqual([]);
  });

  it('refuses a second login while the first is in flight', async () => {
    const { store, bus } = needingLogin();
    void store.actions.login('a@example.com', 'pw');
    await expect(store.actions.login('a@example.com', 'pw')).resolves.toEqual({
      ok: false,
      reason: 'request-pending',
    });
    expect(bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
  });
});
