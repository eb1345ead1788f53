import { describe, expect, it } from 'vitest';
import { createHarness, payloadsOf } from '../test/harness';

describe('API requests', () => {
  it('fulfil UPDATE_AVAILABILITY with no effect during a call', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    h.take();
    h.send({ type: 'API.UPDATE_AVAILABILITY', payload: { status: 'on_a_break' } });
    expect(h.take()).toEqual([{ type: 'API.UPDATE_AVAILABILITY_FULFILLED' }]);
    expect(h.bus.getSnapshot().agent.status).toBe('in_call');
  });

  it('report the time left of the wrap-up in FETCH_USER_AVAILABILITY', () => {
    const h = createHarness({ wrapUpSeconds: 30 });
    h.ready();
    h.outgoingConnected();
    h.bus.remoteHangsUp();
    h.bus.advance(10_050);
    h.take();
    h.bus.transport.send({ type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: { userId: 123456 } } });
    h.bus.advance(100);
    expect(payloadsOf(h.take(), 'API.FETCH_USER_AVAILABILITY_FULFILLED')).toMatchObject([
      { userId: 123456, status: 'after_call_work', wrapUpTimeConfig: 30, wrapUpTimeTtl: 20 },
    ]);
  });

  it('retag a past call with UPDATE_CALL_TAGS, and reject unknown tags without payload', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    const callUuid = h.bus.getSnapshot().call?.callUuid ?? '';
    h.send({ type: 'DIALER.HANGUP' });
    h.send({ type: 'DIALER.RESET' });
    h.take();
    h.send({ type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [103], callUuid } });
    h.send({ type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [7], callUuid } });
    expect(h.take()).toEqual([
      { type: 'API.UPDATE_CALL_TAGS_FULFILLED' },
      { type: 'API.UPDATE_CALL_TAGS_REJECTED' },
    ]);
  });

  it('retag the call that has just ended (still current), and reject a call the bus never had', () => {
    const h = createHarness();
    h.ready();
    h.outgoingConnected();
    const callUuid = h.bus.getSnapshot().call?.callUuid ?? '';
    h.send({ type: 'DIALER.HANGUP' });
    h.take();
    h.send({ type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [101, 103], callUuid } });
    h.send({ type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [101], callUuid: 'CA-unknown' } });
    expect(h.take()).toEqual([
      { type: 'API.UPDATE_CALL_TAGS_FULFILLED' },
      { type: 'API.UPDATE_CALL_TAGS_REJECTED' },
    ]);
    expect(h.bus.getSnapshot().call?.status).toBe('ended');
  });
});
