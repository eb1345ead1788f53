import { describe, expect, it, vi } from 'vitest';
import { createMemoryTransport } from './createMemoryTransport';

describe('createMemoryTransport', () => {
  it('delivers pushed messages to every subscriber until it unsubscribes', () => {
    const { transport, bus } = createMemoryTransport();
    const first = vi.fn();
    const second = vi.fn();
    const stop = transport.subscribe(first);
    transport.subscribe(second);
    bus.push({ type: 'BUS.INIT_FULFILLED' });
    stop();
    bus.push({ type: 'BUS.DESTROY_FULFILLED' });
    expect(first.mock.calls).toEqual([[{ type: 'BUS.INIT_FULFILLED' }]]);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('with clone, records copies of what the kit sent and delivers copies of what the bus pushed', () => {
    const { transport, bus } = createMemoryTransport({ clone: true });
    const message = { type: 'DIALER.SET_TAGS', payload: { tagIds: [1] } };
    transport.send(message);
    message.payload.tagIds.push(2);
    expect(bus.sent).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [1] } }]);
    expect(bus.sentTypes()).toEqual(['DIALER.SET_TAGS']);
    const listener = vi.fn();
    transport.subscribe(listener);
    const pushed = { type: 'BUS.INIT_FULFILLED' };
    bus.push(pushed);
    expect(listener).toHaveBeenCalledWith({ type: 'BUS.INIT_FULFILLED' });
    expect(listener.mock.calls[0]?.[0]).not.toBe(pushed);
  });

  it('by default, passes the very objects both ways (no copy)', () => {
    const { transport, bus } = createMemoryTransport();
    const sent = { type: 'DIALER.HANGUP' };
    transport.send(sent);
    expect(bus.sent[0]).toBe(sent);
    const listener = vi.fn();
    transport.subscribe(listener);
    const pushed = { type: 'BUS.INIT_FULFILLED' };
    bus.push(pushed);
    expect(listener.mock.calls[0]?.[0]).toBe(pushed);
  });

  it('forgets sent messages once taken', () => {
    const { transport, bus } = createMemoryTransport();
    transport.send({ type: 'DIALER.HANGUP' });
    expect(bus.take()).toHaveLength(1);
    expect(bus.sent).toEqual([]);
  });

  it('with clone, refuses what postMessage could not carry, both ways', () => {
    const { transport, bus } = createMemoryTransport({ clone: true });
    expect(() => transport.send({ type: 'X', payload: () => 1 })).toThrow();
    expect(() => bus.push({ type: 'X', payload: () => 1 })).toThrow();
  });

  it('signals resets and drops to their listeners', () => {
    const { transport, bus } = createMemoryTransport();
    const onReset = vi.fn();
    const onDrop = vi.fn();
    const stopReset = transport.onReset?.(onReset);
    transport.onDrop?.(onDrop);
    bus.reset();
    bus.drop('foreign-origin', 'https://evil.example');
    stopReset?.();
    bus.reset();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onDrop).toHaveBeenCalledWith('foreign-origin', 'https://evil.example');
  });

  it('counts subscribed listeners', () => {
    const { transport, bus } = createMemoryTransport();
    const stop = transport.subscribe(() => {});
    transport.onReset?.(() => {});
    expect(bus.listenerCount()).toBe(2);
    stop();
    expect(bus.listenerCount()).toBe(1);
  });
});
