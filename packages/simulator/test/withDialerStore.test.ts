import type { DialerStore } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import type { SimulatedBusOptions } from '../src/index';
import { TAGGED_LINE } from './harness';
import { storeOnSimulator } from './storeOnSimulator';

const connect = (options?: SimulatedBusOptions) => storeOnSimulator(options);

/** Diagnostics that would mean the simulator broke the protocol the kit expects. */
const protocolComplaints = (store: DialerStore) =>
  store
    .getState()
    .diagnostics.items.filter((d) => d.code === 'invalid-message' || d.code === 'unexpected-transition');

describe('with the kit store', () => {
  it('brings the connection up', () => {
    const { store } = connect();
    expect(store.getState().connection).toBe('ready');
    expect(store.getState().lines).toHaveLength(2);
  });

  it('takes a call through accept, warm transfer and merge without protocol complaints', () => {
    const { bus, store } = connect();
    bus.incomingCall({ from: '+14155550199' });
    bus.advance(1000);
    expect(store.getState().call.incoming).toMatchObject({ from: '+14155550199' });
    expect(store.send({ type: 'DIALER.ACCEPT' })).toEqual({ ok: true });
    bus.advance(1000);
    expect(store.getState().call).toMatchObject({ status: 'connected', flow: 'regular' });
    store.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } });
    bus.advance(1000);
    bus.transfereeAnswers();
    bus.advance(1000);
    expect(store.getState().call.activeParticipant).toMatchObject({ userId: 654321 });
    store.send({ type: 'DIALER.MERGE_WARM_TRANSFER' });
    bus.advance(1000);
    expect(store.getState().call.status).toBe('ended');
    expect(protocolComplaints(store)).toEqual([]);
  });

  it('shows a failed transfer start as a reverted operation', () => {
    const { bus, store } = connect();
    bus.incomingCall();
    bus.advance(1000);
    store.send({ type: 'DIALER.ACCEPT' });
    bus.advance(1000);
    bus.failNext('startWarmTransfer');
    store.send({ type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } });
    bus.advance(1000);
    expect(store.getState().lastFailure).toMatchObject({
      operation: 'startWarmTransfer',
      reason: 'reverted',
    });
  });

  it('keeps the kit refusing to dial until a tagged call is tagged', () => {
    const { bus, store } = connect({ lines: [TAGGED_LINE] });
    store.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } });
    bus.advance(1000);
    bus.remoteAnswers();
    bus.advance(1000);
    bus.remoteHangsUp();
    bus.advance(1000);
    expect(store.getState().call.status).toBe('mandatoryTagging');
    expect(store.getState().availability.self?.status).toBe('after_call_work');
    expect(
      store.send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to: '+14155550199' } }).ok,
    ).toBe(false);
    store.send({ type: 'DIALER.SET_TAGS', payload: { tagIds: [101] } });
    bus.advance(1000);
    expect(store.getState().call.status).toBe('ended');
    expect(protocolComplaints(store)).toEqual([]);
  });
});
