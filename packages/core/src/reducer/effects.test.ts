import { describe, expect, it } from 'vitest';
import { transitionDialer } from '../reduceDialer';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import { after, ev, legs, participant } from './testing';
import type { DialerEvent } from './types';

const jane = { id: 123456, email: 'jane.agent@example.com' };
const REGISTRATION = { origin: 'https://desk.example', appName: 'desk', release: '1.0.0' };
const SERVICES = ['AUTH', 'USER', 'DIALER'];

/** The effects of one event applied at 50 000 to `state`. */
function effectsOf(state: DialerState, event: DialerEvent) {
  return transitionDialer(state, event, 50_000).effects;
}

const connecting = after([
  { type: 'kit/connecting', payload: { reconnect: false, registration: REGISTRATION } },
]);
const ready = after(
  [
    { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
    ev.sent('BUS.INIT'),
    { type: 'BUS.INIT_FULFILLED' },
  ],
  connecting,
);
const connected = after(
  [ev.dialing('+14155550199'), ev.status('connecting', 'regular'), ev.status('connected', 'regular')],
  ready,
);

describe('the effects of a reduction', () => {
  describe('of the bring-up', () => {
    it('sends REGISTER when connecting and sends it again, later each time, while unanswered', () => {
      const state = createInitialState({ registerRetryMs: 1_000 });
      const start = transitionDialer(
        state,
        { type: 'kit/connecting', payload: { reconnect: false, registration: REGISTRATION } },
        1,
      );
      expect(start.effects).toEqual([
        // A (re)start replaces any attempt of before.
        { type: 'cancel', timer: 'register' },
        { type: 'send', command: { type: 'BUS.REGISTER', payload: REGISTRATION } },
        { type: 'schedule', timer: 'register', ms: 1_000, event: { type: 'kit/registerUnanswered' } },
      ]);
      const retry = transitionDialer(start.state, { type: 'kit/registerUnanswered' }, 2);
      expect(retry.effects).toContainEqual(expect.objectContaining({ timer: 'register', ms: 2_000 }));
    });

    it('sends no REGISTER without an origin to register with', () => {
      expect(effectsOf(connecting, { type: 'kit/connecting', payload: { reconnect: false } })).toEqual([
        { type: 'cancel', timer: 'register' },
      ]);
    });

    it('stops REGISTER and sends INIT when a session is restored', () => {
      expect(effectsOf(connecting, { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } })).toEqual([
        { type: 'cancel', timer: 'register' },
        { type: 'send', command: { type: 'BUS.INIT', payload: { services: SERVICES } } },
      ]);
    });

    it('stops REGISTER and sends nothing when a login is needed', () => {
      expect(effectsOf(connecting, { type: 'BUS.REGISTER_FULFILLED' })).toEqual([
        { type: 'cancel', timer: 'register' },
      ]);
    });

    it('undoes INIT with DESTROY when the session expires, and restarts after a lost INIT', () => {
      const initializing = after(
        [{ type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } }, ev.sent('BUS.INIT')],
        connecting,
      );
      expect(effectsOf(ready, { type: 'AUTH.REFRESH_TOKEN_EXPIRED' })).toContainEqual({
        type: 'send',
        command: { type: 'BUS.DESTROY', payload: { services: SERVICES } },
      });
      const sentAt = initializing.requests['BUS.INIT']?.sentAt ?? -1;
      const lost = transitionDialer(
        initializing,
        { type: 'kit/requestTimedOut', payload: { commandType: 'BUS.INIT', sentAt } },
        50_000,
      );
      expect(lost.state.session.phase).toBe('restarting');
      expect(lost.effects).toEqual([
        { type: 'cancel', timer: 'request:BUS.INIT' },
        { type: 'settle', request: 'BUS.INIT', sentAt, result: { ok: false, reason: 'timeout' } },
        { type: 'send', command: { type: 'BUS.DESTROY', payload: { services: SERVICES } } },
        {
          type: 'schedule',
          timer: 'restart',
          ms: 500,
          event: { type: 'kit/connecting', payload: { reconnect: false, registration: REGISTRATION } },
        },
        expect.objectContaining({ type: 'report' }),
      ]);
    });

    it('on close sends DESTROY, stops every timer and fails every request', () => {
      const busy = after([ev.sent('DIALER.HANGUP'), ev.sent('API.FETCH_AVAILABILITIES')], connected, 60_000);
      expect(effectsOf(busy, { type: 'kit/closed' })).toEqual([
        { type: 'cancel', timer: 'pending' },
        { type: 'cancel', timer: 'request:API.FETCH_AVAILABILITIES' },
        {
          type: 'settle',
          request: 'API.FETCH_AVAILABILITIES',
          sentAt: 61_000,
          result: { ok: false, reason: 'closed' },
        },
        { type: 'send', command: { type: 'BUS.DESTROY', payload: { services: SERVICES } } },
      ]);
    });
  });

  describe('of requests', () => {
    it('starts the timeout of a request, and settles it with the answer', () => {
      const sent = transitionDialer(ready, ev.sent('DIALER.SET_TAGS', { tagIds: [1] }), 70_000);
      expect(sent.effects).toEqual([
        {
          type: 'schedule',
          timer: 'request:DIALER.SET_TAGS',
          ms: 10_000,
          event: { type: 'kit/requestTimedOut', payload: { commandType: 'DIALER.SET_TAGS', sentAt: 70_000 } },
        },
      ]);
      const tags = [{ id: 1, name: 'Sale' }];
      expect(effectsOf(sent.state, { type: 'DIALER.SET_TAGS_FULFILLED', payload: tags })).toEqual([
        { type: 'cancel', timer: 'request:DIALER.SET_TAGS' },
        { type: 'settle', request: 'DIALER.SET_TAGS', sentAt: 70_000, result: { ok: true, payload: tags } },
      ]);
    });

    it('settles a rejected request as `rejected`, with the bus error as its message when it gave one', () => {
      const sent = after([ev.sent('API.UPDATE_AVAILABILITY')], ready, 70_000);
      const rejected = (payload?: { error: string | { message: string } }) =>
        effectsOf(
          sent,
          payload
            ? { type: 'API.UPDATE_AVAILABILITY_REJECTED', payload }
            : { type: 'API.UPDATE_AVAILABILITY_REJECTED' },
        );
      expect(rejected({ error: { message: 'no' } })).toContainEqual(
        expect.objectContaining({ type: 'settle', result: { ok: false, reason: 'rejected', message: 'no' } }),
      );
      expect(rejected()).toContainEqual(
        expect.objectContaining({ type: 'settle', result: { ok: false, reason: 'rejected' } }),
      );
    });

    it('settles nothing for events that answer no request, nor for an answer nothing waits for', () => {
      const sent = after([ev.sent('DIALER.SET_TAGS')], connected);
      const settles = (event: DialerEvent) =>
        effectsOf(sent, event).filter((effect) => effect.type === 'settle');
      expect(settles(ev.status('hanging', 'regular'))).toEqual([]);
      expect(settles({ type: 'AUTH.TOKEN_REFRESHED', payload: { idToken: 'a', refreshToken: 'b' } })).toEqual(
        [],
      );
      expect(settles({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' })).toEqual([]);
    });

    it('supersedes a request of the same type still in flight', () => {
      const first = after([ev.sent('BUS.REGISTER')], connecting, 70_000);
      expect(effectsOf(first, ev.sent('BUS.REGISTER'))).toEqual([
        {
          type: 'settle',
          request: 'BUS.REGISTER',
          sentAt: 70_000,
          result: { ok: false, reason: 'superseded' },
        },
      ]);
    });
  });

  describe('of calls', () => {
    it('starts the timeout of a pending command and stops it when its effect arrives', () => {
      const sent = transitionDialer(connected, ev.sent('DIALER.HANGUP'), 70_000);
      expect(sent.effects).toEqual([
        {
          type: 'schedule',
          timer: 'pending',
          ms: 10_000,
          event: { type: 'kit/commandTimedOut', payload: { commandType: 'DIALER.HANGUP', sentAt: 70_000 } },
        },
      ]);
      expect(effectsOf(sent.state, ev.status('ended', 'regular'))).toContainEqual({
        type: 'cancel',
        timer: 'pending',
      });
    });

    it('waits for the SYNC that tells a swap result, and stops waiting when it comes', () => {
      const swapping = after(
        [
          ev.sync(legs(participant('leg-a', '+14155550199'), participant('leg-b', '+33176360695', true))),
          ev.status('startingWarmTransfer', 'regular'),
          ev.status('ringing', 'warmTransfer'),
          ev.status('connected', 'warmTransfer'),
          ev.status('swapping', 'warmTransfer'),
        ],
        connected,
      );
      const back = transitionDialer(swapping, ev.status('connected', 'warmTransfer'), 80_000);
      expect(back.effects).toContainEqual({
        type: 'schedule',
        timer: 'swap',
        ms: 3_000,
        event: { type: 'kit/swapUnconfirmed', payload: { since: 80_000 } },
      });
      const swapped = ev.sync(
        legs(participant('leg-b', '+33176360695'), participant('leg-a', '+14155550199', true)),
      );
      expect(effectsOf(back.state, swapped)).toContainEqual({ type: 'cancel', timer: 'swap' });
    });
  });

  describe('of what the host is told and what is kept', () => {
    it('reports each diagnostic the event recorded, once', () => {
      const dropped: DialerEvent = {
        type: 'kit/messageDropped',
        payload: { reason: 'foreign-origin', origin: 'https://evil.example' },
      };
      const first = transitionDialer(ready, dropped, 70_000);
      const second = transitionDialer(first.state, dropped, 71_000);
      for (const { state, effects } of [first, second]) {
        expect(effects).toEqual([{ type: 'report', diagnostic: state.diagnostics.items.at(-1) }]);
      }
      expect(effectsOf(ready, ev.status('connecting', 'regular'))).not.toContainEqual(
        expect.objectContaining({ type: 'report' }),
      );
    });

    it('keeps the picks of the call being tagged, and forgets them once it is over', () => {
      const tagging = after(
        [ev.sync(legs(participant('leg-a', '+14155550199'))), ev.status('mandatoryTagging', 'regular')],
        connected,
      );
      expect(effectsOf(tagging, { type: 'kit/tagSelectionChanged', payload: { tagIds: [3, 1] } })).toEqual([
        { type: 'persistTags', selection: { callUuid: 'CA01', tagIds: [1, 3] } },
      ]);
      expect(effectsOf(tagging, ev.status('ended', 'regular'))).toContainEqual({
        type: 'persistTags',
        selection: null,
      });
    });

    it('asks for the picks kept for the call once tagging starts with its id known', () => {
      const synced = after([ev.sync(legs(participant('leg-a', '+14155550199')))], connected);
      expect(effectsOf(synced, ev.status('mandatoryTagging', 'regular'))).toContainEqual({
        type: 'restoreTags',
        callUuid: 'CA01',
      });
    });
  });

  it('returns effects that are plain data, whatever the event', () => {
    const events: DialerEvent[] = [
      { type: 'kit/connecting', payload: { reconnect: true, registration: REGISTRATION } },
      { type: 'kit/closed' },
      ev.status('ended', 'regular'),
      { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
    ];
    for (const event of events) {
      const { effects } = transitionDialer(
        after([ev.sent('DIALER.HANGUP'), ev.sent('DIALER.SET_TAGS')], connected),
        event,
        1,
      );
      expect(structuredClone(effects)).toEqual(effects);
    }
  });
});
