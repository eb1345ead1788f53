import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../commands/commands';
import { callStatus, connect, setup, sync, USER } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('send', () => {
  it('refuses a command whose control is disabled and nothing reaches the transport', () => {
    const harness = setup();
    connect(harness);
    expect(harness.store.send(commands.hangUp())).toEqual({ ok: false, reason: 'no-call' });
    expect(harness.bus.sent).toEqual([]);
    expect(harness.store.getState().diagnostics.items.at(-1)).toMatchObject({ code: 'command-refused' });
  });

  it('refuses everything before the bus is ready', () => {
    const { store, bus } = setup();
    store.start();
    bus.take();
    expect(store.send(commands.fetchAvailabilities())).toEqual({ ok: false, reason: 'not-ready' });
    expect(store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'not-ready' });
    expect(bus.sent).toEqual([]);
  });

  it('refuses session commands, which only the store sends', () => {
    const harness = setup();
    connect(harness);
    expect(harness.store.send(commands.init())).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.bus.sent).toEqual([]);
  });

  it('refuses to dial while mandatory tagging (Decision 6)', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'mandatory-tagging' });
    expect(harness.bus.sent).toEqual([]);
  });

  it('blocks a double send while the first command is pending', () => {
    const harness = setup();
    connect(harness);
    expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: true });
    expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'operation-pending' });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.DIAL']);
  });

  it('clears the pending command when its status arrives', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    harness.bus.push(sync());
    harness.store.actions.hangUp();
    expect(harness.store.getState().pending?.type).toBe('DIALER.HANGUP');
    harness.bus.push(callStatus('hanging', 'regular'));
    // Its own `hanging` does not settle it: a second click there would send a second HANGUP.
    expect(harness.store.actions.hangUp()).toEqual({ ok: false, reason: 'operation-pending' });
    harness.bus.push(callStatus('ended', 'regular'));
    expect(harness.store.getState().pending).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the pending command at its deadline and reports the failure', () => {
    const harness = setup({ commandTimeoutMs: 3_000 });
    connect(harness);
    harness.store.actions.dial('+14155550199');
    vi.advanceTimersByTime(2_999);
    expect(harness.store.getState().pending).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(harness.store.getState().pending).toBeUndefined();
    expect(harness.store.getState().lastFailure).toMatchObject({ operation: 'dial', reason: 'timeout' });
    expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: true });
  });

  it('does not clear a newer pending command with the timeout of an older one', () => {
    const harness = setup({ commandTimeoutMs: 3_000 });
    connect(harness);
    harness.store.actions.dial('+14155550199');
    harness.bus.push({ type: 'DIALER.DIALING', payload: { from: '+33100000000', to: '+14155550199' } });
    harness.bus.push(callStatus('ringing', 'regular'));
    vi.advanceTimersByTime(1_000);
    harness.store.actions.hangUp();
    vi.advanceTimersByTime(2_500);
    expect(harness.store.getState().pending?.type).toBe('DIALER.HANGUP');
  });
});

describe('request commands', () => {
  function tagging() {
    const harness = setup({ requestTimeoutMs: 5_000 });
    connect(harness);
    harness.bus.push(callStatus('mandatoryTagging', 'regular'));
    return harness;
  }

  it('resolves setTags with the confirmed tags', async () => {
    const { store, bus } = tagging();
    const result = store.actions.setTags([7]);
    expect(bus.take()).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [7] } }]);
    bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 7, name: 'Sale' }] });
    await expect(result).resolves.toEqual({ ok: true, payload: [{ id: 7, name: 'Sale' }] });
    expect(store.getState().call.tags).toEqual([{ id: 7, name: 'Sale' }]);
  });

  it('sends the picked tags when none are given', () => {
    const { store, bus } = tagging();
    store.actions.selectTags([2, 9]);
    void store.actions.setTags();
    expect(bus.sent).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [2, 9] } }]);
  });

  it('allows one request of a type in flight', async () => {
    const { store, bus } = tagging();
    void store.actions.setTags([1]);
    await expect(store.actions.setTags([2])).resolves.toEqual({ ok: false, reason: 'request-pending' });
    expect(bus.sentTypes()).toEqual(['DIALER.SET_TAGS']);
  });

  it('settles as a timeout and allows a new attempt', async () => {
    const { store, bus } = tagging();
    const first = store.actions.setTags([1]);
    vi.advanceTimersByTime(5_000);
    await expect(first).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(store.getState().lastFailure).toMatchObject({ operation: 'setTags', reason: 'timeout' });
    void store.actions.setTags([1]);
    expect(bus.sentTypes()).toEqual(['DIALER.SET_TAGS', 'DIALER.SET_TAGS']);
  });

  it('resolves with the error of a REJECTED answer', async () => {
    const { store, bus } = tagging();
    const result = store.actions.setTags([1]);
    bus.push({ type: 'DIALER.SET_TAGS_REJECTED', payload: { error: 'Unknown tag' } });
    await expect(result).resolves.toEqual({ ok: false, reason: 'rejected', message: 'Unknown tag' });
  });

  it('refuses an availability change during a call', async () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    await expect(harness.store.actions.updateAvailability('on_a_break')).resolves.toEqual({
      ok: false,
      reason: 'in-call',
    });
    expect(harness.bus.sent).toEqual([]);
  });

  it('fetches availabilities when ready', async () => {
    const harness = setup();
    connect(harness);
    const result = harness.store.actions.fetchAvailabilities();
    harness.bus.push({
      type: 'API.FETCH_AVAILABILITIES_FULFILLED',
      payload: { '12': { status: 'available', version: 3 } },
    });
    await expect(result).resolves.toMatchObject({ ok: true });
  });

  it('settles requests in flight as closed on dispose', async () => {
    const { store } = tagging();
    const result = store.actions.setTags([1]);
    store.dispose();
    await expect(result).resolves.toEqual({ ok: false, reason: 'closed' });
  });
});

describe('inbound messages', () => {
  it('keeps the state but for a diagnostic when a message is malformed', () => {
    const harness = setup();
    connect(harness);
    const before = harness.store.getState();
    harness.bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'flying', flow: 'regular' } });
    const after = harness.store.getState();
    expect({ ...after, diagnostics: before.diagnostics }).toEqual(before);
    expect(after.diagnostics.total).toBe(before.diagnostics.total + 1);
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'invalid-message' });
    expect(harness.traffic.at(-1)).toMatchObject({ direction: 'in', accepted: false });
  });

  it.each([
    ['an infinite wrap-up TTL', { wrapUpTimeTtl: Number.POSITIVE_INFINITY }],
    ['an infinite updatedAt', { updatedAt: Number.POSITIVE_INFINITY }],
  ])('refuses %s, keeping the state but for a diagnostic', (_what, change) => {
    const harness = setup();
    connect(harness);
    const before = harness.store.getState();
    harness.bus.push({
      type: 'USER.AVAILABILITY_CHANGED',
      payload: { userId: USER.id, status: 'after_call_work', wrapUpTimeTtl: 30, updatedAt: 1, ...change },
    });
    const after = harness.store.getState();
    expect({ ...after, diagnostics: before.diagnostics }).toEqual(before);
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'invalid-message' });
  });

  it.each([[null], [42], ['text'], [[]], [{ payload: {} }]])(
    'never throws out of the transport listener for %j',
    (message) => {
      const harness = setup();
      connect(harness);
      expect(() => harness.bus.push(message)).not.toThrow();
      expect(harness.store.getState().diagnostics.total).toBeGreaterThan(0);
    },
  );

  it('reports every message in and out as traffic', () => {
    const harness = setup();
    harness.store.start();
    harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    expect(
      harness.traffic.map((entry) => [entry.direction, (entry.message as { type: string }).type]),
    ).toEqual([
      ['out', 'BUS.REGISTER'],
      ['in', 'BUS.REGISTER_FULFILLED'],
      ['out', 'BUS.INIT'],
    ]);
  });

  it('survives a consumer callback that throws', () => {
    const harness = setup({
      onTraffic: () => {
        throw new Error('consumer bug');
      },
    });
    harness.store.start();
    harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
    harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(harness.store.getState().connection).toBe('ready');
  });

  it('records a diagnostic for a message the transport dropped', () => {
    const harness = setup();
    connect(harness);
    harness.bus.drop('foreign-origin', 'https://evil.example');
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'message-dropped' });
  });
});

describe('hang up, the escape hatch', () => {
  it('is sent while a HOLD still waits for its SYNC', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('connected', 'regular'));
    harness.bus.push(sync());
    harness.store.actions.hold(true);
    expect(harness.store.actions.hangUp()).toEqual({ ok: true });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.HOLD', 'DIALER.HANGUP']);
  });

  it('is not sent twice once the bus is hanging up', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push(callStatus('connected', 'concurrent'));
    harness.bus.push(sync());
    harness.store.actions.hangUp();
    harness.bus.push(callStatus('hanging', 'concurrent'));
    expect(harness.store.actions.hangUp()).toEqual({ ok: false, reason: 'operation-pending' });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.HANGUP']);
  });
});

describe('the store as a zustand store', () => {
  it('can be read and subscribed to, never written from outside', () => {
    const harness = setup();
    const { store } = harness;
    const initial = store.getInitialState();
    const seen: string[] = [];
    store.subscribe((state, previous) => seen.push(`${previous.connection}>${state.connection}`));
    connect(harness);
    expect(store.getInitialState()).toBe(initial);
    expect(store.getState()).not.toBe(initial);
    expect(seen).toContain('connecting>ready');
    expect(Object.keys(store).sort()).toEqual(
      ['actions', 'dispose', 'getInitialState', 'getState', 'now', 'send', 'start', 'subscribe'].sort(),
    );
    // @ts-expect-error: the state changes only through the verbs and the bus.
    expect(store.setState).toBeUndefined();
  });
});
