import { actOn, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { useLogin } from './useLogin';

const EMAIL = 'jane.agent@example.com';
const PASSWORD = 'correct horse battery staple';
const REJECTED = {
  type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
  payload: { error: { message: 'Invalid credentials' } },
};

async function renderLoggedOut() {
  const probe = probeHook(useLogin);
  const rendered = await renderWithDialer(probe.element, { bus: createScriptedBus({ user: null }) });
  return { ...rendered, result: probe.result };
}

describe('useLogin', () => {
  it('is not needed while the bus has a session', async () => {
    const { result, element } = probeHook(useLogin);
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toMatchObject({ needed: false, pending: false, failure: undefined });
  });

  it('sends the email and password once, pending until the bus answers', async () => {
    const { result, bus } = await renderLoggedOut();
    expect(result.current.needed).toBe(true);
    bus.answer('AUTH.EMAIL_AND_PASSWORD', () => ({
      type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
      payload: { currentUser: { id: 1, email: EMAIL } },
    }));
    const first = actOn(() => result.current.login(EMAIL, PASSWORD));
    const second = actOn(() => result.current.login(EMAIL, PASSWORD));
    expect(result.current.pending).toBe(true);
    await expect(second).resolves.toEqual({ ok: false, reason: 'request-pending' });
    expect(bus.sent('AUTH.EMAIL_AND_PASSWORD')).toMatchObject([
      { payload: { email: EMAIL, password: PASSWORD } },
    ]);
    await bus.settle();
    await expect(first).resolves.toMatchObject({ ok: true });
    expect(result.current).toMatchObject({ needed: false, pending: false });
  });

  it("reports a refused login with the bus's reason, until the next attempt", async () => {
    const { result, bus } = await renderLoggedOut();
    bus.answer('AUTH.EMAIL_AND_PASSWORD', () => REJECTED);
    const refused = actOn(() => result.current.login(EMAIL, 'wrong'));
    await bus.settle();
    await expect(refused).resolves.toEqual({ ok: false, reason: 'rejected', message: 'Invalid credentials' });
    expect(result.current).toMatchObject({
      needed: true,
      pending: false,
      failure: { reason: 'rejected', message: 'Invalid credentials' },
    });
    const retried = actOn(() => result.current.login(EMAIL, PASSWORD));
    expect(result.current.failure).toBeUndefined();
    await bus.settle();
    await retried;
  });

  it('keeps the password out of the state and of what it returns', async () => {
    const { result, bus, store } = await renderLoggedOut();
    bus.answer('AUTH.EMAIL_AND_PASSWORD', () => REJECTED);
    const refused = actOn(() => result.current.login(EMAIL, PASSWORD));
    expect(JSON.stringify(store.getState())).not.toContain(PASSWORD);
    await bus.settle();
    expect(JSON.stringify(await refused)).not.toContain(PASSWORD);
    expect(JSON.stringify(result.current)).not.toContain(PASSWORD);
    expect(JSON.stringify(store.getState())).not.toContain(PASSWORD);
  });
});
