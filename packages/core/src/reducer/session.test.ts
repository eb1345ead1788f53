import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import { after, ev, legs } from './testing';
import type { DialerEvent } from './types';

const jane = { id: 123456, email: 'jane.agent@example.com' };

describe('the session', () => {
  it('restores a session on REGISTER and is ready after INIT', () => {
    const registered = after([{ type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } }]);
    expect(registered).toMatchObject({ connection: 'connecting', user: jane });
    expect(after([{ type: 'BUS.INIT_FULFILLED' }], registered).connection).toBe('ready');
  });

  it('asks for a login when REGISTER brings no session', () => {
    expect(after([{ type: 'BUS.REGISTER_FULFILLED' }]).connection).toBe('needs-login');
  });

  it('logs in, then connects', () => {
    const state = after([
      { type: 'BUS.REGISTER_FULFILLED' },
      ev.sent('AUTH.EMAIL_AND_PASSWORD'),
      { type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: jane } },
    ]);
    expect(state).toMatchObject({
      connection: 'connecting',
      user: jane,
      loginError: undefined,
      requests: {},
    });
  });

  it('is ready after INIT when the login answer named no current user', () => {
    const state = after([
      { type: 'BUS.REGISTER_FULFILLED' },
      ev.sent('AUTH.EMAIL_AND_PASSWORD'),
      { type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: {} },
      { type: 'BUS.INIT_FULFILLED' },
    ]);
    expect(state).toMatchObject({ connection: 'ready', user: undefined });
  });

  it('stays at the login form when INIT is answered after the session expired', () => {
    const expired = after([
      { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
      { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
      { type: 'BUS.INIT_FULFILLED' },
    ]);
    expect(expired.connection).toBe('needs-login');
  });

  it('keeps the login error for the form, defaulting its text', () => {
    const rejected = after([
      { type: 'BUS.REGISTER_FULFILLED' },
      ev.sent('AUTH.EMAIL_AND_PASSWORD'),
      { type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED' },
    ]);
    expect(rejected).toMatchObject({ connection: 'needs-login', loginError: 'Login failed' });
    expect(rejected.lastFailure).toMatchObject({ operation: 'login', reason: 'rejected' });
    const retried = after(
      [{ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: jane } }],
      rejected,
    );
    expect(retried).toMatchObject({ loginError: undefined, lastFailure: undefined });
  });

  describe('when the bus answers oddly (the latest session answer wins, each odd one is reported)', () => {
    const odd = (state: ReturnType<typeof after>) =>
      state.diagnostics.items.filter((item) => item.code === 'unexpected-answer').map((item) => item.message);

    it('ignores a login rejection that answers no login', () => {
      const before = after([
        { type: 'kit/connecting', payload: { reconnect: false } },
        ev.sent('BUS.REGISTER'),
      ]);
      const state = after([{ type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED' }], before);
      expect(state).toMatchObject({
        connection: 'connecting',
        loginError: undefined,
        lastFailure: undefined,
      });
      expect(odd(state)).toEqual(['AUTH.EMAIL_AND_PASSWORD_REJECTED answers no login: ignored']);
    });

    it('ignores a session expiry with no session open', () => {
      const state = after([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }]);
      expect(state.connection).toBe('connecting');
      expect(odd(state)).toEqual(['AUTH.REFRESH_TOKEN_EXPIRED with no session open: ignored']);
    });

    it('waits for the REGISTER answer when a session ends before it', () => {
      const state = after([
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'kit/connecting', payload: { reconnect: true } },
        ev.sent('BUS.REGISTER'),
        { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
      ]);
      expect(state).toMatchObject({ connection: 'reconnecting', user: undefined });
      expect(after([{ type: 'BUS.REGISTER_FULFILLED' }], state).connection).toBe('needs-login');
    });

    it('logs out on a second REGISTER answer without session', () => {
      const state = after([
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'BUS.INIT_FULFILLED' },
        { type: 'BUS.REGISTER_FULFILLED' },
      ]);
      expect(state).toMatchObject({ connection: 'needs-login', user: undefined });
      expect(odd(state)).toEqual(['BUS.REGISTER_FULFILLED says no session while one is open: logged out']);
    });

    it('connects on a second REGISTER answer restoring a session', () => {
      const state = after([
        { type: 'BUS.REGISTER_FULFILLED' },
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
      ]);
      expect(state).toMatchObject({ connection: 'connecting', user: jane });
      expect(odd(state)).toHaveLength(1);
    });

    it('keeps an open session when a login sent before it is rejected', () => {
      const state = after([
        { type: 'BUS.REGISTER_FULFILLED' },
        ev.sent('AUTH.EMAIL_AND_PASSWORD'),
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED' },
      ]);
      expect(state).toMatchObject({
        connection: 'connecting',
        user: jane,
        requests: {},
        loginError: undefined,
      });
    });

    it('stays ready when a login answer comes after INIT was answered', () => {
      const ready = after([
        { type: 'BUS.REGISTER_FULFILLED' },
        ev.sent('AUTH.EMAIL_AND_PASSWORD'),
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'BUS.INIT_FULFILLED' },
      ]);
      const state = after(
        [{ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: jane } }],
        ready,
      );
      expect(state.connection).toBe('ready');
    });
  });

  it('forgets the call when the bus frame reloaded, since the new bus has none until it says so', () => {
    const inCall = after([
      { type: 'BUS.INIT_FULFILLED' },
      { type: 'DIALER.DIALING', payload: { from: '+14155550123', to: '+14155550199' } },
      { type: 'DIALER.CALL_STATUS', payload: { status: 'connected', flow: 'regular' } },
      ev.sent('DIALER.HOLD'),
    ]);
    expect(inCall.pending?.type).toBe('DIALER.HOLD');
    const reconnecting = reduceDialer(
      inCall,
      { type: 'kit/connecting', payload: { reconnect: true } },
      9_000,
    );
    expect(reconnecting.connection).toBe('reconnecting');
    expect(reconnecting.call).toMatchObject({
      status: 'idle',
      flow: undefined,
      dialing: undefined,
      statusSince: 9_000,
    });
    expect(reconnecting.pending).toBeUndefined();
  });

  it('stays reconnecting through a login after the bus frame reloaded', () => {
    const state = after([
      { type: 'kit/connecting', payload: { reconnect: true } },
      { type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: jane } },
    ]);
    expect(state.connection).toBe('reconnecting');
  });

  it('logs out when the refresh token expires', () => {
    const ready = after([
      { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
      { type: 'BUS.INIT_FULFILLED' },
    ]);
    expect(after([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], ready)).toMatchObject({
      connection: 'needs-login',
      user: undefined,
    });
  });

  describe('when the refresh token expires mid-call', () => {
    const inCall = (...known: DialerEvent[]) =>
      after([
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'BUS.INIT_FULFILLED' },
        ev.dialing('+14155550199'),
        ev.status('connected', 'regular'),
        ...known,
        { type: 'kit/tagSelectionChanged', payload: { tagIds: [3] } },
        ev.sent('DIALER.HOLD'),
      ]);

    it('drops the call and what was pending, parking the tag picks with the call id', () => {
      const expired = reduceDialer(inCall(ev.sync(legs())), { type: 'AUTH.REFRESH_TOKEN_EXPIRED' }, 9_000);
      expect(expired.call).toMatchObject({
        status: 'idle',
        flow: undefined,
        dialing: undefined,
        statusSince: 9_000,
        tagSelection: [],
        parkedTagSelection: { callUuid: 'CA01', tagIds: [3] },
      });
      expect(expired.pending).toBeUndefined();
    });

    it('gives the parked picks back when a SYNC names that call, and drops them for another call', () => {
      const expired = after([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], inCall(ev.sync(legs())));
      const same = after([ev.status('mandatoryTagging', 'regular'), ev.sync(legs())], expired);
      expect(same.call.tagSelection).toEqual([3]);
      expect(same.call.parkedTagSelection).toBeUndefined();
      const other = after([ev.sync({ ...legs(), callUuid: 'CA02' })], expired);
      expect(other.call).toMatchObject({ tagSelection: [] });
      expect(other.call.parkedTagSelection).toBeUndefined();
    });

    it('drops the picks of a call whose id was never known: they could land on another call', () => {
      const expired = after([{ type: 'AUTH.REFRESH_TOKEN_EXPIRED' }], inCall());
      expect(expired.call.tagSelection).toEqual([]);
      expect(expired.call.parkedTagSelection).toBeUndefined();
    });
  });

  describe('when INIT is answered', () => {
    it('is not ready when the session expired in between', () => {
      const expired = after([
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'AUTH.REFRESH_TOKEN_EXPIRED' },
      ]);
      const state = reduceDialer(expired, { type: 'BUS.INIT_FULFILLED' }, 9_000);
      expect(state).toBe(expired);
      expect(state.connection).toBe('needs-login');
    });

    it('is not ready without a user', () => {
      const state = after([{ type: 'BUS.INIT_FULFILLED' }]);
      expect(state.connection).toBe('connecting');
    });

    it('becomes ready again after a reconnect, once the reloaded bus answered REGISTER', () => {
      const reconnecting = after([
        { type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } },
        { type: 'BUS.INIT_FULFILLED' },
        { type: 'kit/connecting', payload: { reconnect: true } },
      ]);
      // The reloaded bus got no INIT yet: an INIT answer before REGISTER's is the old bus's.
      expect(after([{ type: 'BUS.INIT_FULFILLED' }], reconnecting).connection).toBe('reconnecting');
      const state = after(
        [{ type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } }, { type: 'BUS.INIT_FULFILLED' }],
        reconnecting,
      );
      expect(state.connection).toBe('ready');
    });
  });

  it('forgets the requests in flight when the bus frame reloaded (the new bus never answers them)', () => {
    const waiting = after([ev.sent('API.FETCH_AVAILABILITIES'), ev.sent('DIALER.SET_TAGS')]);
    expect(Object.keys(waiting.requests)).toHaveLength(2);
    const state = after([{ type: 'kit/connecting', payload: { reconnect: true } }], waiting, 9_000);
    expect(state.requests).toEqual({});
  });

  it('returns the same object when REGISTER repeats an equal user', () => {
    const registered = after([{ type: 'BUS.REGISTER_FULFILLED', payload: { user: jane } }]);
    const again = reduceDialer(
      registered,
      { type: 'BUS.REGISTER_FULFILLED', payload: { user: { ...jane } } },
      9,
    );
    expect(again).toBe(registered);
  });

  it('closes: nothing is waited for any more, and late answers do not reopen it', () => {
    const closed = after([
      ev.sent('BUS.DESTROY'),
      ev.sent('DIALER.HANGUP'),
      { type: 'kit/closed' },
      { type: 'BUS.INIT_FULFILLED' },
    ]);
    expect(closed).toMatchObject({ connection: 'closed', pending: undefined, requests: {} });
    expect(after([{ type: 'kit/connecting', payload: { reconnect: false } }], closed).connection).toBe(
      'connecting',
    );
  });

  it('settles DESTROY', () => {
    expect(after([ev.sent('BUS.DESTROY'), { type: 'BUS.DESTROY_FULFILLED' }]).requests).toEqual({});
  });
});
