import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getControls } from '../controls/getControls';
import { transitionDialer } from '../reduceDialer';
import { createMemoryTransport } from '../transport/createMemoryTransport';
import { callStatus, connect, setup, sync, USER } from './storeHarness.test-helper';

vi.mock('../reduceDialer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../reduceDialer')>();
  return { ...actual, transitionDialer: vi.fn(actual.transitionDialer) };
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('when the reducer throws on a message', () => {
  it('does not throw out of the transport listener and records a diagnostic', () => {
    const harness = setup();
    connect(harness);
    vi.mocked(transitionDialer).mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(() => harness.bus.push({ type: 'BUS.INIT_FULFILLED' })).not.toThrow();
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'invalid-message' });
    expect(harness.diagnostics.at(-1)?.message).toContain('boom');
    expect(harness.store.getState().connection).toBe('ready');
  });

  it('still reports the failure when even the diagnostic cannot be reduced', () => {
    const harness = setup();
    connect(harness);
    vi.mocked(transitionDialer).mockImplementation(() => {
      throw new Error('broken');
    });
    try {
      expect(() => harness.bus.push({ type: 'BUS.INIT_FULFILLED' })).not.toThrow();
    } finally {
      vi.mocked(transitionDialer).mockReset();
    }
    expect(harness.diagnostics.at(-1)).toMatchObject({ seq: -1, code: 'invalid-message' });
  });
});

describe('when the transport throws on send', () => {
  /** A store whose transport throws for the command types given, and sends the others. */
  function failing(...types: string[]) {
    const { transport, bus } = createMemoryTransport();
    const throwing = {
      ...transport,
      send: (message: unknown) => {
        if (types.includes((message as { type: string }).type)) throw new Error('frame gone');
        transport.send(message);
      },
    };
    const harness = { ...setup({ transport: throwing }), bus };
    connect(harness);
    return harness;
  }

  it('fails the dial as not sent, leaves nothing pending and the dial control usable, and says why', () => {
    const { store, diagnostics } = failing('DIALER.DIAL');
    expect(store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'not-sent' });
    const state = store.getState();
    expect(state.pending).toBeUndefined();
    expect(getControls(state).dial).toMatchObject({ enabled: true, pending: false });
    expect(state.lastFailure).toMatchObject({ operation: 'dial', reason: 'not-sent' });
    expect(diagnostics.at(-1)?.message).toContain('frame gone');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles a SET_TAGS at once, and saving is possible again', async () => {
    const { store, bus } = failing('DIALER.SET_TAGS');
    bus.push(callStatus('mandatoryTagging', 'regular'));
    let result: unknown;
    void store.actions.setTags([1]).then((settled) => {
      result = settled;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ ok: false, reason: 'not-sent' });
    const state = store.getState();
    expect(state.requests['DIALER.SET_TAGS']).toBeUndefined();
    expect(getControls(state).setTags).toMatchObject({ enabled: true, pending: false });
    expect(state.lastFailure).toMatchObject({ operation: 'setTags', reason: 'not-sent' });
  });

  it('keeps what the kit had asked when a MUTE could not be sent', () => {
    const { store, bus } = failing('DIALER.MUTE');
    bus.push(callStatus('connected', 'regular'));
    expect(store.actions.mute(true)).toMatchObject({ ok: false });
    expect(store.getState().call.muted).toBe(false);
  });

  it('still offers the call when a REJECT could not be sent', () => {
    const { store, bus } = failing('DIALER.REJECT');
    bus.push({
      type: 'DIALER.INCOMING',
      payload: { type: 'external', callUuid: 'CA01', from: '+14155550199', to: '+33100000000' },
    });
    expect(store.actions.reject()).toMatchObject({ ok: false });
    expect(store.getState().call.incoming?.answer).toBe('offered');
    expect(getControls(store.getState()).reject.enabled).toBe(true);
  });

  it('names no transfer target for a transfer that could not be sent', () => {
    const { store, bus } = failing('DIALER.START_WARM_TRANSFER');
    bus.push(callStatus('connected', 'regular'));
    bus.push(sync());
    expect(store.actions.startWarmTransfer('+14155550100')).toMatchObject({ ok: false });
    expect(store.getState().call.transferTo).toBeUndefined();
    expect(getControls(store.getState()).startWarmTransfer.enabled).toBe(true);
  });

  it('settles a login at once and keeps the login form usable', async () => {
    const { transport, bus } = createMemoryTransport();
    let broken = true;
    const throwing = {
      ...transport,
      send: (message: unknown) => {
        if (broken && (message as { type: string }).type === 'AUTH.EMAIL_AND_PASSWORD')
          throw new Error('gone');
        transport.send(message);
      },
    };
    const { store } = setup({ transport: throwing });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED' });
    let result: unknown;
    void store.actions.login('jane.agent@example.com', 'pw').then((settled) => {
      result = settled;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toEqual({ ok: false, reason: 'not-sent' });
    expect(store.getState().connection).toBe('needs-login');
    broken = false;
    bus.take();
    void store.actions.login('jane.agent@example.com', 'pw');
    expect(bus.sentTypes()).toEqual(['AUTH.EMAIL_AND_PASSWORD']);
  });

  it('registers again when INIT could not be sent', async () => {
    const { transport, bus } = createMemoryTransport();
    let broken = true;
    const throwing = {
      ...transport,
      send: (message: unknown) => {
        if (broken && (message as { type: string }).type === 'BUS.INIT') throw new Error('gone');
        transport.send(message);
      },
    };
    const { store } = setup({ transport: throwing, registerRetryMs: 1_000 });
    store.start();
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    broken = false;
    bus.take();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
    bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().connection).toBe('ready');
  });
});
