import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESYNC_SPACING_MS, STALE_GRACE_MS } from '../reducer/resync';
import { checkInvariants } from '../state/invariants';
import { CALL_UUID, callStatus, connect, memoryStorage, setup, sync } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const LINES = {
  type: 'USER.LINES_CHANGED',
  payload: { lines: [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }] },
};

/** A ready store on a call, with the bus's answers to INIT and DESTROY left to the test. */
function onCall(options: Parameters<typeof setup>[0] = {}) {
  const harness = setup(options);
  connect(harness);
  harness.bus.push(callStatus('connected', 'regular'));
  harness.bus.push(sync());
  return harness;
}

/** What a bus answers to a resync (DESTROY, INIT) for a connected call: the same state as before. */
function answerResync(bus: ReturnType<typeof setup>['bus']) {
  bus.push({ type: 'BUS.DESTROY_FULFILLED' });
  bus.push({ type: 'BUS.INIT_FULFILLED' });
  bus.push(LINES);
  bus.push(callStatus('connected', 'regular'));
  bus.push(sync());
}

describe('actions.resync', () => {
  it('sends DESTROY then INIT and stays ready: nothing shown goes, the same state replayed changes nothing', () => {
    const storage = memoryStorage();
    const { store, bus } = onCall({ storage });
    store.actions.selectTags([7]);
    store.actions.hold(true);
    const before = store.getState();
    const stored = new Map(storage.items);
    bus.take();
    expect(store.actions.resync()).toEqual({ ok: true });
    expect(bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    expect(store.getState().connection).toBe('ready');
    expect(store.getState().call).toBe(before.call);
    expect(store.getState().pending).toEqual(before.pending);
    answerResync(bus);
    const after = store.getState();
    expect(after.connection).toBe('ready');
    expect(after.call).toBe(before.call);
    expect(after.lines).toBe(before.lines);
    expect(after.call.tagSelection).toEqual([7]);
    expect(storage.items).toEqual(stored);
    expect(after.requests).toEqual({});
  });

  it('applies what changed while the kit missed it: a call that ended meanwhile ends', () => {
    const { store, bus } = onCall();
    bus.take();
    store.actions.resync();
    bus.push({ type: 'BUS.DESTROY_FULFILLED' });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    bus.push(callStatus('ended', 'regular'));
    expect(store.getState().call.status).toBe('ended');
    expect(store.getState().call.metadata?.callUuid).toBe(CALL_UUID);
  });

  it('collapses triggers that come together into one resync, and allows the next a second later', async () => {
    const { store, bus } = onCall();
    bus.take();
    // A bus that answers at once: no INIT is in flight any more when the second trigger comes.
    expect(store.actions.resync()).toEqual({ ok: true });
    answerResync(bus);
    expect(store.actions.resync()).toMatchObject({ ok: false, reason: 'request-pending' });
    expect(store.actions.resync()).toMatchObject({ ok: false, reason: 'request-pending' });
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    await vi.advanceTimersByTimeAsync(RESYNC_SPACING_MS);
    expect(store.actions.resync()).toEqual({ ok: true });
    expect(bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.INIT']);
  });

  it('never resyncs while a request is in flight: its own INIT, or another request whose answer it could lose', async () => {
    const { store, bus } = onCall();
    bus.take();
    store.actions.resync();
    await vi.advanceTimersByTimeAsync(RESYNC_SPACING_MS);
    expect(store.actions.resync()).toEqual({
      ok: false,
      reason: 'request-pending',
      message: 'BUS.INIT awaits its answer',
    });
    answerResync(bus);
    bus.take();
    void store.actions.setTags([7]);
    expect(store.actions.resync()).toEqual({
      ok: false,
      reason: 'request-pending',
      message: 'DIALER.SET_TAGS awaits its answer',
    });
    expect(bus.sentTypes()).toEqual(['DIALER.SET_TAGS']);
  });

  it('is refused while not ready, sending nothing', () => {
    const { store, bus } = setup();
    store.start();
    bus.take();
    expect(store.actions.resync()).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(bus.sent).toEqual([]);
  });

  it('brings the session up again when the INIT of a resync gets no answer: the bus may send nothing after DESTROY', async () => {
    const { store, bus } = onCall({ requestTimeoutMs: 5_000, registerRetryMs: 1_000, silenceLimitMs: false });
    bus.take();
    store.actions.resync();
    bus.take();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY']);
    expect(store.getState().connection).toBe('connecting');
    // The call stays shown: the bus says where it stands once up again.
    expect(store.getState().call.status).toBe('connected');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(bus.sentTypes()).toEqual(['BUS.REGISTER']);
  });
});

describe('the watchdog', () => {
  it('probes a bus silent past the limit during a live call, calls it stale if the probe goes unanswered, recovers on any message', async () => {
    const { store, bus } = onCall({ silenceLimitMs: 30_000 });
    const since = Date.now();
    bus.take();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(bus.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY', 'BUS.INIT']);
    expect(store.getState().session.silence).toEqual({ since, stale: false });
    await vi.advanceTimersByTimeAsync(STALE_GRACE_MS);
    expect(store.getState().session.silence).toEqual({ since, stale: true });
    expect(checkInvariants(store.getState())).toEqual([]);
    // The controls that work stay usable.
    expect(store.actions.mute(true)).toEqual({ ok: true });
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    expect(store.getState().session.silence).toBeUndefined();
    expect(store.getState().connection).toBe('ready');
  });

  it('never calls a bus stale that answers its probe: a quiet call is normal', async () => {
    const { store, bus } = onCall({ silenceLimitMs: 30_000 });
    bus.take();
    const seen: boolean[] = [];
    store.subscribe((state) => seen.push(state.session.silence?.stale === true));
    for (let minute = 0; minute < 4; minute += 1) {
      await vi.advanceTimersByTimeAsync(30_000);
      expect(bus.take().map((m) => (m as { type: string }).type)).toEqual(['BUS.DESTROY', 'BUS.INIT']);
      answerResync(bus);
    }
    expect(seen).not.toContain(true);
    expect(store.getState().session.silence).toBeUndefined();
  });

  it('counts silence from the last message: messages within the limit keep it quiet', async () => {
    const { bus } = onCall({ silenceLimitMs: 30_000 });
    bus.take();
    for (let i = 0; i < 5; i += 1) {
      await vi.advanceTimersByTimeAsync(20_000);
      bus.push(sync());
    }
    expect(bus.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(bus.sentTypes()).toEqual(['BUS.DESTROY', 'BUS.INIT']);
  });

  it('sleeps without a live call, and is off with `silenceLimitMs: false`', async () => {
    const idle = setup({ silenceLimitMs: 30_000 });
    connect(idle);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(idle.bus.sent).toEqual([]);
    idle.bus.push(callStatus('connected', 'regular'));
    idle.bus.push(callStatus('ended', 'regular'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(idle.bus.sent).toEqual([]);
    const off = onCall({ silenceLimitMs: false });
    off.bus.take();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(off.bus.sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets the silence when the store closes, and stops its timer', async () => {
    const { store, bus } = onCall({ silenceLimitMs: 30_000 });
    await vi.advanceTimersByTimeAsync(30_000 + STALE_GRACE_MS);
    expect(store.getState().session.silence?.stale).toBe(true);
    store.dispose();
    expect(store.getState().session.silence).toBeUndefined();
    expect(checkInvariants(store.getState())).toEqual([]);
    bus.take();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(bus.sent).toEqual([]);
  });
});
