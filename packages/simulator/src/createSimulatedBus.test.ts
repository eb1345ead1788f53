import { describe, expect, it, vi } from 'vitest';
import { createHarness, REGISTER } from '../test/harness';
import { createSimulatedBus } from './createSimulatedBus';

const INIT = { type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } } as const;
const LOGIN = {
  type: 'AUTH.EMAIL_AND_PASSWORD',
  payload: { email: 'jane.agent@example.com', password: 'pw' },
} as const;

describe('the in-process transport', () => {
  it('delivers nothing inside send, only when the clock runs', () => {
    const bus = createSimulatedBus({ clock: 'manual' });
    const got: unknown[] = [];
    bus.transport.subscribe((message) => got.push(message));
    bus.transport.send(REGISTER);
    expect(got).toEqual([]);
    bus.flush();
    expect(got).toEqual([{ type: 'BUS.REGISTER_FULFILLED' }]);
  });

  it('waits the configured latency before emitting', () => {
    const bus = createSimulatedBus({ clock: 'manual', latencyMs: 50 });
    const got: unknown[] = [];
    bus.transport.subscribe((message) => got.push(message));
    bus.transport.send(REGISTER);
    bus.advance(49);
    expect(got).toEqual([]);
    bus.advance(1);
    expect(got).toHaveLength(1);
  });

  it('changes its latency while running, for every event or for one type, and refuses a negative one', () => {
    const bus = createSimulatedBus({ clock: 'manual', latencyMs: 50 });
    const got: unknown[] = [];
    bus.transport.subscribe((message) => got.push(message));
    bus.setLatency(5);
    bus.setLatency(200, 'BUS.REGISTER_FULFILLED');
    bus.transport.send(REGISTER);
    bus.advance(199);
    expect(got).toEqual([]);
    bus.advance(1);
    expect(got).toHaveLength(1);
    bus.sendRaw({ type: 'X' });
    bus.advance(5);
    expect(got).toHaveLength(2);
    expect(bus.settings.latencyMs).toBe(50);
    expect(() => bus.setLatency(-1)).toThrow(RangeError);
  });

  it('works on real timers by default', async () => {
    const bus = createSimulatedBus({ latencyMs: 1 });
    const answer = new Promise((resolve) => bus.transport.subscribe(resolve));
    bus.transport.send(REGISTER);
    await expect(answer).resolves.toEqual({ type: 'BUS.REGISTER_FULFILLED' });
  });

  it('tells onReset listeners when the bus restarts, and forgets the session', () => {
    const h = createHarness();
    h.ready();
    const onReset = vi.fn();
    h.bus.transport.onReset?.(onReset);
    h.bus.restart();
    h.bus.flush();
    expect(onReset).toHaveBeenCalledTimes(1);
    h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } });
    expect(h.take()).toEqual([]);
    expect(h.bus.getSnapshot()).toMatchObject({ registered: false, inits: 0, status: 'idle' });
  });

  it('refuses a message that postMessage could not clone', () => {
    const bus = createSimulatedBus({ clock: 'manual' });
    expect(() => bus.transport.send({ type: 'BUS.REGISTER', payload: () => {} })).not.toThrow();
    expect(bus.log.at(-1)).toMatchObject({ kind: 'refused' });
  });
});

describe('bring-up', () => {
  it('ignores everything before REGISTER', () => {
    const h = createHarness({ session: 'restored' });
    h.send(INIT);
    h.send({ type: 'API.FETCH_AVAILABILITIES' });
    expect(h.take()).toEqual([]);
    expect(h.bus.log.filter((entry) => entry.kind === 'refused')).toHaveLength(2);
  });

  it('restores the session user on REGISTER when configured', () => {
    const h = createHarness({ session: 'restored' });
    h.send(REGISTER);
    expect(h.take()).toEqual([
      { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 123456, email: 'jane.agent@example.com' } } },
    ]);
  });

  it('accepts any non-empty password by default, and refuses an empty one', () => {
    const h = createHarness();
    h.send(REGISTER);
    h.send({ type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'jane.agent@example.com', password: '' } });
    h.send(LOGIN);
    expect(h.take().map((event) => event.type)).toEqual([
      'BUS.REGISTER_FULFILLED',
      'AUTH.EMAIL_AND_PASSWORD_REJECTED',
      'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
    ]);
  });

  it('rejects credentials other than the configured ones', () => {
    const h = createHarness({ credentials: { email: 'a@example.com', password: 'right' } });
    h.send(REGISTER);
    h.take();
    h.send({ type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'b@example.com', password: 'right' } });
    h.send({ type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'a@example.com', password: 'right' } });
    expect(h.take().map((event) => event.type)).toEqual([
      'AUTH.EMAIL_AND_PASSWORD_REJECTED',
      'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
    ]);
  });

  it('never logs the password', () => {
    const h = createHarness();
    h.send(REGISTER);
    h.send({
      type: 'AUTH.EMAIL_AND_PASSWORD',
      payload: { email: 'jane.agent@example.com', password: 'hunter2' },
    });
    expect(JSON.stringify(h.bus.log)).not.toContain('hunter2');
    expect(JSON.stringify(h.bus.getSnapshot())).not.toContain('hunter2');
  });

  it('ignores INIT before login', () => {
    const h = createHarness();
    h.send(REGISTER);
    h.take();
    h.send(INIT);
    expect(h.take()).toEqual([]);
  });

  it('answers INIT, then sends the lines and the agent availability', () => {
    const h = createHarness({ session: 'restored' });
    h.send(REGISTER);
    h.take();
    h.send(INIT);
    const events = h.take();
    expect(events.map((event) => event.type)).toEqual([
      'BUS.INIT_FULFILLED',
      'USER.LINES_CHANGED',
      'USER.AVAILABILITY_CHANGED',
    ]);
    expect(events[1]?.payload).toMatchObject({ lines: [{ id: 48211 }, { id: 48212 }] });
    expect(events[1]?.payload).not.toHaveProperty('lines.0.mandatoryTagging');
    expect(events[2]?.payload).toMatchObject({ userId: 123456, status: 'available' });
  });

  it('stops emitting after DESTROY until the next INIT', () => {
    const h = createHarness();
    h.ready();
    h.send({ type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
    h.bus.incomingCall();
    h.send({ type: 'DIALER.ACCEPT' });
    expect(h.take()).toEqual([{ type: 'BUS.DESTROY_FULFILLED' }]);
    h.bus.incomingCall();
    h.send(INIT);
    expect(h.take().map((event) => event.type)).toContain('BUS.INIT_FULFILLED');
  });

  it('duplicates events after a second INIT without DESTROY, as the real bus does', () => {
    const h = createHarness();
    h.ready();
    h.send(INIT);
    h.take();
    h.bus.incomingCall();
    h.bus.flush();
    expect(h.take().map((event) => event.type)).toEqual(['DIALER.INCOMING', 'DIALER.INCOMING']);
    expect(h.bus.log.some((entry) => entry.kind === 'warning')).toBe(true);
  });

  it('tells a kit that re-initialises during a call where the call stands', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    h.send({ type: 'BUS.DESTROY', payload: { services: ['DIALER'] } });
    h.take();
    h.send(INIT);
    const events = h.take();
    expect(events.filter((event) => event.type === 'DIALER.CALL_STATUS').at(-1)?.payload).toEqual({
      status: 'connected',
      flow: 'regular',
    });
    expect(events.map((event) => event.type)).toContain('DIALER.SYNC');
  });

  it('tells a kit that re-initialises while a call is offered about the offer again (a resync)', () => {
    const h = createHarness();
    h.ready();
    h.bus.incomingCall();
    h.bus.flush();
    const offer = h.take().find((event) => event.type === 'DIALER.INCOMING');
    h.send({ type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
    h.send(INIT);
    const events = h.take();
    expect(events.filter((event) => event.type === 'DIALER.INCOMING')).toEqual([offer]);
    // The offer still answers to ACCEPT.
    h.send({ type: 'DIALER.ACCEPT' });
    expect(h.take().map((event) => event.type)).toContain('DIALER.CALL_STATUS');
  });

  it('does not repeat the ended status of the last call while another is offered (it would withdraw the offer)', () => {
    const h = createHarness();
    h.ready();
    h.bus.incomingCall();
    h.bus.flush();
    h.send({ type: 'DIALER.REJECT' });
    h.bus.incomingCall();
    h.bus.flush();
    const offer = h
      .take()
      .filter((event) => event.type === 'DIALER.INCOMING')
      .at(-1);
    h.send({ type: 'BUS.DESTROY', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
    h.send(INIT);
    const events = h.take();
    expect(events.filter((event) => event.type === 'DIALER.CALL_STATUS')).toEqual([]);
    expect(events.filter((event) => event.type === 'DIALER.INCOMING')).toEqual([offer]);
  });

  it('refuses messages from another origin than the registered one', () => {
    const bus = createSimulatedBus({ clock: 'manual', session: 'restored' });
    const got: unknown[] = [];
    bus.onEmit((message) => got.push(message));
    bus.receive(REGISTER, 'https://app.example.com');
    bus.receive(INIT, 'https://evil.example.com');
    bus.flush();
    expect(got).toEqual([{ type: 'BUS.REGISTER_FULFILLED', payload: expect.any(Object) }]);
    expect(bus.log.at(-1)?.message).toMatch(/evil/);
  });

  it('refuses DIALER and API commands once the session expired', () => {
    const h = createHarness();
    h.ready();
    h.bus.expireSession();
    h.bus.flush();
    h.take();
    h.send({ type: 'API.FETCH_AVAILABILITIES' });
    expect(h.take()).toEqual([]);
  });
});

describe('inspection', () => {
  it('notifies change listeners once per command, and the snapshot follows', () => {
    const h = createHarness();
    h.ready();
    const seen: string[] = [];
    h.bus.onChange(() => seen.push(h.bus.getSnapshot().status));
    h.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } });
    expect(seen).toEqual(['ringing']);
    expect(h.bus.getSnapshot().call).toMatchObject({ direction: 'outgoing', farSideRinging: true });
  });

  it('reports log entries to onLog listeners', () => {
    const bus = createSimulatedBus({ clock: 'manual' });
    const entries: string[] = [];
    bus.onLog((entry) => entries.push(entry.kind));
    bus.receive({ type: 'DIALER.ACCEPT' });
    expect(entries).toEqual(['refused']);
  });

  it('throws a clear error when advancing a real clock', () => {
    const bus = createSimulatedBus();
    expect(() => bus.advance(1)).toThrow(/manual/);
  });
});
