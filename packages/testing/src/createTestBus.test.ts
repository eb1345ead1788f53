import { createDialerStore, type DialerStore } from '@dialer-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBus, type TestBus, type TestBusOptions } from './createTestBus';
import { LINE, TAGGING_LINE, TEST_AGENT, TEST_CUSTOMER, TEST_TAGS } from './testData';

const started: DialerStore[] = [];
afterEach(() => {
  for (const store of started.splice(0)) store.dispose();
  vi.useRealTimers();
});

/** A kit store on a test bus, started and settled: what `renderWithDialer` does, without React. */
async function connected(options: TestBusOptions = {}, commandTimeoutMs?: number) {
  const bus = createTestBus(options);
  const store = createDialerStore({
    transport: bus.transport,
    appName: 'testing-tests',
    release: '0.0.0',
    origin: 'https://app.example.com',
    now: bus.now,
    ...(commandTimeoutMs === undefined ? {} : { commandTimeoutMs }),
  });
  started.push(store);
  store.start();
  await bus.settle();
  return { bus, store };
}

const status = (store: DialerStore) => `${store.getState().call.flow ?? '-'}/${store.getState().call.status}`;

async function dialAndAnswer(bus: TestBus, store: DialerStore, to = TEST_CUSTOMER): Promise<void> {
  expect(await bus.perform(() => store.actions.dial(to))).toEqual({ ok: true });
  await bus.remoteAnswers();
}

describe('createTestBus', () => {
  it('has the session restored, both lines and the tag catalogue, so the kit is ready at once', async () => {
    const { bus, store } = await connected();
    expect(store.getState().connection).toBe('ready');
    expect(store.getState().user).toMatchObject({ id: TEST_AGENT.id });
    expect(store.getState().lines.map((line) => line.normalized)).toEqual([
      LINE.normalized,
      TAGGING_LINE.normalized,
    ]);
    expect(LINE.mandatoryTagging).toBe(false);
    expect(TAGGING_LINE.mandatoryTagging).toBe(true);
    // The catalogue a test passes the provider is the one the bus accepts, with the names its doc gives.
    expect(bus.simulator.settings.tags).toEqual(TEST_TAGS);
    expect(TEST_TAGS).toEqual([
      { id: 101, name: 'Qualified lead' },
      { id: 102, name: 'Follow-up' },
      { id: 103, name: 'Not interested' },
    ]);
    expect(bus.sent().map((command) => command.type)).toEqual(['BUS.REGISTER', 'BUS.INIT']);
  });

  it('answers what the kit sends by itself, at the same simulated instant', async () => {
    const { bus, store } = await connected();
    const before = bus.now();
    store.actions.dial(TEST_CUSTOMER);
    expect(status(store)).toBe('-/idle');
    await Promise.resolve();
    expect(status(store)).toBe('regular/ringing');
    expect(bus.now()).toBe(before);
  });

  it('settles the messages a far-side verb causes before it resolves', async () => {
    const { bus, store } = await connected();
    await dialAndAnswer(bus, store);
    expect(status(store)).toBe('regular/connected');
    expect(store.getState().call.activeParticipant).toMatchObject({ phoneNumber: TEST_CUSTOMER });
    await bus.remoteHangsUp();
    expect(status(store)).toBe('regular/ended');
    const callUuid = await bus.incomingCall({ type: 'internal' });
    expect(store.getState().call.incoming).toMatchObject({ type: 'internal', callUuid });
  });

  it('rejects a verb the bus refuses, with its reason', async () => {
    const { bus } = await connected();
    await expect(bus.remoteAnswers()).rejects.toThrow(
      'TestBus.remoteAnswers: the bus refused (remoteAnswers: nobody is ringing)',
    );
    await expect(bus.dropCall()).rejects.toThrow(/no call to drop/);
  });

  it('lists what the kit sent, all of it or of one type', async () => {
    const { bus, store } = await connected({ lines: [TAGGING_LINE] });
    await dialAndAnswer(bus, store);
    await bus.perform(() => store.actions.hangUp());
    expect(store.getState().call.status).toBe('mandatoryTagging');
    await bus.perform(() => store.actions.selectTags([102]));
    expect(await bus.perform(() => store.actions.setTags())).toMatchObject({ ok: true });
    expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
    expect(bus.sent('DIALER.DIAL')).toMatchObject([
      { type: 'DIALER.DIAL', payload: { from: TAGGING_LINE.normalized, to: TEST_CUSTOMER } },
    ]);
    expect(
      bus
        .sent()
        .map((command) => command.type)
        .slice(-3),
    ).toEqual(['DIALER.DIAL', 'DIALER.HANGUP', 'DIALER.SET_TAGS']);
    expect(store.getState().call.status).toBe('ended');
  });

  it('arms a fault for the next attempt of an operation', async () => {
    const { bus, store } = await connected({ lines: [TAGGING_LINE] });
    await dialAndAnswer(bus, store);
    await bus.perform(() => store.actions.hangUp());
    await bus.perform(() => store.actions.selectTags([101]));
    await bus.failNext('setTags');
    expect(await bus.perform(() => store.actions.setTags())).toMatchObject({ ok: false });
    expect(store.getState().lastFailure).toMatchObject({ operation: 'setTags', reason: 'rejected' });
    expect(await bus.perform(() => store.actions.setTags())).toMatchObject({ ok: true });
    expect(store.getState().call.status).toBe('ended');
  });

  it('moves simulated time only when told: the after-call work ends after its length', async () => {
    const { bus, store } = await connected({ wrapUpSeconds: 30 });
    await dialAndAnswer(bus, store);
    await bus.remoteHangsUp();
    expect(store.getState().availability.self?.status).toBe('after_call_work');
    await bus.advance(29_000);
    expect(store.getState().availability.self?.status).toBe('after_call_work');
    const start = bus.now();
    await bus.advance(1_000);
    expect(bus.now()).toBe(start + 1_000);
    expect(store.getState().availability.self?.status).toBe('available');
  });

  it("runs the kit's own timers too under Vitest fake timers", async () => {
    vi.useFakeTimers();
    const { bus, store } = await connected({}, 2_000);
    bus.simulator.setLatency(60_000, 'DIALER.CALL_STATUS');
    await bus.perform(() => store.actions.dial(TEST_CUSTOMER));
    expect(store.getState().pending).toMatchObject({ type: 'DIALER.DIAL' });
    await bus.advance(2_500);
    expect(store.getState().pending).toBeUndefined();
    expect(store.getState().lastFailure).toMatchObject({ operation: 'dial', reason: 'timeout' });
  });

  it('leaves the kit timers to real time without fake timers', async () => {
    const { bus, store } = await connected({}, 2_000);
    bus.simulator.setLatency(60_000, 'DIALER.CALL_STATUS');
    await bus.perform(() => store.actions.dial(TEST_CUSTOMER));
    await bus.advance(2_500);
    expect(store.getState().pending).toMatchObject({ type: 'DIALER.DIAL' });
  });

  it('runs on real timers when asked, settling what is in flight', async () => {
    const { bus, store } = await connected({ clock: 'real', latencyMs: 15 });
    expect(store.getState().connection).toBe('ready');
    await dialAndAnswer(bus, store);
    expect(status(store)).toBe('regular/connected');
  });

  it('records what arrives through `receive` (a bus page) like what the transport sends', () => {
    const bus = createTestBus();
    bus.receive({
      type: 'BUS.REGISTER',
      payload: { origin: 'https://a.example', appName: 'a', release: '1' },
    });
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
  });

  it('refuses a negative or infinite time step', async () => {
    const bus = createTestBus();
    await expect(bus.advance(-1)).rejects.toThrow(RangeError);
    await expect(bus.advance(Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
  });
});
