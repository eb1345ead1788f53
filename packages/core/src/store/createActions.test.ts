import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getControls } from '../controls/getControls';
import { CALL_UUID, callStatus, connect, setup, sync } from './storeHarness.test-helper';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function connected() {
  const harness = setup();
  connect(harness);
  harness.bus.push(callStatus('connected', 'regular'));
  harness.bus.push(sync({ line: { id: 2, normalized: '+33200000000' } }));
  return harness;
}

describe('actions', () => {
  describe('dial', () => {
    it('dials from the first line of the agent by default, tracked as manual', () => {
      const harness = setup();
      connect(harness);
      harness.store.actions.dial('+14155550199');
      expect(harness.bus.sent).toEqual([
        {
          type: 'DIALER.DIAL',
          payload: { from: '+33100000000', to: '+14155550199' },
          meta: { tracking: { dialing_mode: 'manual' } },
        },
      ]);
    });

    it('dials from the line of the last call when there is one', () => {
      const harness = connected();
      harness.bus.push(callStatus('ended', 'regular'));
      harness.store.actions.dial('client:42');
      expect(harness.bus.sent).toEqual([
        {
          type: 'DIALER.DIAL',
          payload: { from: '+33200000000', to: 'client:42' },
          meta: { tracking: { dialing_mode: 'teammate' } },
        },
      ]);
    });

    it('uses the given line and mode', () => {
      const harness = setup();
      connect(harness);
      harness.store.actions.dial('+14155550199', { from: '+33999999999', mode: 'teammate' });
      expect(harness.bus.sent[0]).toMatchObject({
        payload: { from: '+33999999999' },
        meta: { tracking: { dialing_mode: 'teammate' } },
      });
    });

    it('refuses to dial when the agent has no line', () => {
      const harness = setup();
      harness.store.start();
      harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 1 } } });
      harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
      harness.bus.take();
      expect(getControls(harness.store.getState()).dial.reason).toBe('no-line');
      expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'no-line' });
      expect(harness.bus.sent).toEqual([]);
      expect(harness.diagnostics.at(-1)?.message).toContain('no-line');
    });

    it('dials from a given line even when the agent has none', () => {
      const harness = setup();
      harness.store.start();
      harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 1 } } });
      harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
      harness.bus.take();
      expect(harness.store.actions.dial('+14155550199', { from: '+33999999999' })).toEqual({ ok: true });
      expect(harness.bus.sentTypes()).toEqual(['DIALER.DIAL']);
    });
  });

  it('holds the leg of the active participant', () => {
    const harness = connected();
    expect(harness.store.actions.hold(true)).toEqual({ ok: true });
    expect(harness.bus.sent).toEqual([
      { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-1' } },
    ]);
  });

  it('refuses to hold before any participant leg is known', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push({ type: 'DIALER.DIALING', payload: { from: '+33100000000', to: '+14155550199' } });
    harness.bus.push(callStatus('connected', 'regular'));
    expect(harness.store.actions.hold(true)).toEqual({ ok: false, reason: 'no-participant' });
    expect(harness.bus.sent).toEqual([]);
  });

  describe('hold in a conference', () => {
    function conference() {
      const harness = setup();
      connect(harness);
      harness.bus.push(callStatus('initiated', 'conference'));
      // A conference's SYNC lists participants and names nobody as talked with.
      const participants = [
        { legId: 'leg-c', isHeld: false, state: 'answering', external: { phoneNumber: '+14155550199' } },
        { legId: 'leg-t', isHeld: false, state: 'ringing', user: { id: 7 } },
      ];
      harness.bus.push({ type: 'DIALER.SYNC', payload: { metadata: { callUuid: CALL_UUID, participants } } });
      return harness;
    }

    it('holds and resumes the participant named by its leg', () => {
      const harness = conference();
      expect(harness.store.actions.hold(true, 'leg-c')).toEqual({ ok: true });
      expect(harness.bus.sent).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-c' } },
      ]);
    });

    it('refuses a participant still ringing, and a hold that names nobody, sending nothing', () => {
      const harness = conference();
      expect(harness.store.actions.hold(true, 'leg-t')).toEqual({ ok: false, reason: 'not-connected' });
      expect(harness.store.actions.hold(true)).toEqual({ ok: false, reason: 'no-participant' });
      expect(harness.bus.sent).toEqual([]);
    });

    it('guards a HOLD sent through `send` by the same rule for its leg', () => {
      const harness = conference();
      const ringingLeg = harness.store.send({
        type: 'DIALER.HOLD',
        payload: { shouldHold: true, legId: 'leg-t' },
      });
      expect(ringingLeg).toEqual({ ok: false, reason: 'not-connected' });
      expect(harness.bus.sent).toEqual([]);
    });
  });

  it('holds only the party talked with outside a conference', () => {
    const harness = connected();
    expect(harness.store.actions.hold(true, 'leg-other')).toEqual({ ok: false, reason: 'no-participant' });
    expect(
      harness.store.send({ type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-other' } }),
    ).toEqual({
      ok: false,
      reason: 'no-participant',
    });
    expect(harness.bus.sent).toEqual([]);
  });

  describe('updateCallTags', () => {
    /** A call CALL_UUID that ended and that the agent was done with (Done): a recent call. */
    function afterACall() {
      const harness = connected();
      harness.bus.push(callStatus('ended', 'regular'));
      harness.bus.push(callStatus('idle'));
      harness.bus.take();
      return harness;
    }

    it('replaces the tags of a recent call and settles with the answer', async () => {
      const harness = afterACall();
      expect(harness.store.getState().recentCalls.map((call) => call.callUuid)).toEqual([CALL_UUID]);
      const saved = harness.store.actions.updateCallTags(CALL_UUID, [101, 102]);
      expect(harness.bus.sent).toEqual([
        { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [101, 102], callUuid: CALL_UUID } },
      ]);
      harness.bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      await expect(saved).resolves.toEqual({ ok: true, payload: undefined });
      expect(harness.store.getState().recentCalls[0]?.tags).toEqual([{ id: 101 }, { id: 102 }]);
    });

    it('settles with the refusal, keeping the tags, and reports it for that call', async () => {
      const harness = afterACall();
      const saved = harness.store.actions.updateCallTags(CALL_UUID, [7]);
      harness.bus.push({ type: 'API.UPDATE_CALL_TAGS_REJECTED' });
      await expect(saved).resolves.toEqual({ ok: false, reason: 'rejected' });
      expect(harness.store.getState().recentCalls[0]?.tags).toEqual([]);
      expect(harness.store.getState().lastFailure).toMatchObject({
        operation: 'updateCallTags',
        reason: 'rejected',
        callUuid: CALL_UUID,
      });
    });

    it('settles as timed out when the bus never answers', async () => {
      const harness = afterACall();
      const saved = harness.store.actions.updateCallTags(CALL_UUID, [7]);
      vi.advanceTimersByTime(10_000);
      await expect(saved).resolves.toEqual({ ok: false, reason: 'timeout' });
    });

    it('refuses a second update while the first awaits its answer', async () => {
      const harness = afterACall();
      void harness.store.actions.updateCallTags(CALL_UUID, [7]);
      await expect(harness.store.actions.updateCallTags('CA-other', [8])).resolves.toEqual({
        ok: false,
        reason: 'request-pending',
      });
      expect(harness.bus.sentTypes()).toEqual(['API.UPDATE_CALL_TAGS']);
    });
  });

  it('mutes and records what it asked for, without blocking other controls', () => {
    const harness = connected();
    harness.store.actions.mute(true);
    expect(harness.store.getState().call.muted).toBe(true);
    expect(harness.store.actions.hangUp()).toEqual({ ok: true });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.MUTE', 'DIALER.HANGUP']);
  });

  it('accepts an offered call with its call mode', () => {
    const harness = setup();
    connect(harness);
    harness.bus.push({
      type: 'DIALER.INCOMING',
      payload: { type: 'external', callUuid: 'CA1', from: '+14155550199' },
    });
    expect(harness.store.actions.accept('notification')).toEqual({ ok: true });
    expect(harness.bus.sent).toEqual([
      { type: 'DIALER.ACCEPT', meta: { tracking: { call_mode: 'notification' } } },
    ]);
  });

  it('joins coaching non-incognito by default', () => {
    const harness = setup();
    connect(harness);
    harness.store.actions.joinCoaching('CA1');
    expect(harness.bus.sent).toEqual([
      { type: 'DIALER.JOIN_COACHING', payload: { callUuid: 'CA1', incognito: false } },
    ]);
  });

  it('starts a warm transfer and refuses a second start while the first is pending', () => {
    const harness = connected();
    expect(harness.store.actions.startWarmTransfer('client:7')).toEqual({ ok: true });
    expect(harness.store.actions.startConcurrent('+14155550100')).toEqual({
      ok: false,
      reason: 'operation-pending',
    });
    expect(harness.bus.sentTypes()).toEqual(['DIALER.START_WARM_TRANSFER']);
  });

  describe('after a swap', () => {
    function swapped() {
      // No watchdog: the test counts the swap's timer alone.
      const harness = setup({ silenceLimitMs: false });
      connect(harness);
      harness.bus.push(callStatus('connected', 'warmTransfer'));
      harness.bus.push(
        sync({
          activeParticipant: { legId: 'leg-t', isHeld: false, state: 'answering', user: { id: 7 } },
          inactiveParticipant: {
            legId: 'leg-c',
            isHeld: true,
            state: 'answering',
            external: { phoneNumber: '+1415' },
          },
        }),
      );
      harness.store.actions.swap();
      harness.bus.push(callStatus('swapping', 'warmTransfer'));
      harness.bus.push(callStatus('connected', 'warmTransfer'));
      return harness;
    }

    it('reports the swap as failed when no SYNC confirms it in time', () => {
      const harness = swapped();
      expect(harness.store.getState().call.swapCheck).toBeDefined();
      vi.advanceTimersByTime(3_000);
      expect(harness.store.getState().call.swapCheck).toBeUndefined();
      expect(harness.store.getState().lastFailure).toMatchObject({ operation: 'swap', reason: 'reverted' });
    });

    it('stops waiting once a SYNC tells the result', () => {
      const harness = swapped();
      harness.bus.push(
        sync({
          activeParticipant: { legId: 'leg-c', isHeld: false, state: 'answering' },
          inactiveParticipant: { legId: 'leg-t', isHeld: true, state: 'answering' },
        }),
      );
      expect(vi.getTimerCount()).toBe(0);
      expect(harness.store.getState().lastFailure).toBeUndefined();
    });
  });
});
