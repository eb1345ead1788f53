import { describe, expect, it } from 'vitest';
import type { AvailabilityPayload } from '../protocol/entities';
import { reduceDialer } from '../reduceDialer';
import { selectTeammateAvailability } from '../selectors/availability';
import type { DialerState } from '../state/DialerState';
import { TEAMMATE_LIMIT } from '../state/teammates';
import { after, ev } from './testing';
import type { DialerEvent } from './types';

const changed = (payload: AvailabilityPayload): DialerEvent => ({
  type: 'USER.AVAILABILITY_CHANGED',
  payload,
});
const ready = after([
  { type: 'BUS.REGISTER_FULFILLED', payload: { user: { id: 123456 } } },
  { type: 'BUS.INIT_FULFILLED' },
]);

describe('availability', () => {
  it('follows the agent, with the wrap-up end from arrival time (Decision 9)', () => {
    const state = after(
      [
        changed({
          userId: 123456,
          status: 'after_call_work',
          wrapUpTimeConfig: 30,
          wrapUpTimeTtl: 20,
          updatedAt: 5,
        }),
      ],
      ready,
      70_000,
    );
    expect(state.availability.self).toEqual({
      userId: 123456,
      status: 'after_call_work',
      wrapUpTimeConfig: 30,
      wrapUpTimeTtl: 20,
      updatedAt: 5,
      receivedAt: 70_000,
      pushedAt: 70_000,
      wrapUpEndsAt: 90_000,
    });
  });

  it('gives a frozen state, its records included (they are made outside the draft)', () => {
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    const pushed = after(
      [
        changed({ userId: 123456, status: 'in_call', updatedAt: 20 }),
        { type: 'USER.TEAMMATE_AVAILABILITY_CHANGED', payload: { userId: 7, status: 'away', updatedAt: 2 } },
      ],
      ready,
    );
    const stale = after([changed({ userId: 123456, status: 'available', updatedAt: 10 })], pushed);
    expect(stale.diagnostics.total).toBe(pushed.diagnostics.total + 1);
    expect(isDeepFrozen(pushed)).toBe(true);
    expect(isDeepFrozen(stale)).toBe(true);
  });

  it('keeps an unknown status as sent (Decision 8)', () => {
    expect(
      after([changed({ userId: 1, status: 'lunch_break', updatedAt: 1 })]).availability.self?.status,
    ).toBe('lunch_break');
  });

  it('ignores an older change with a stale-event diagnostic', () => {
    const newer = after([changed({ userId: 123456, status: 'in_call', updatedAt: 20 })], ready);
    const state = after([changed({ userId: 123456, status: 'available', updatedAt: 10 })], newer);
    expect(state.availability.self?.status).toBe('in_call');
    expect(state.diagnostics.items.at(-1)?.code).toBe('stale-event');
  });

  it('returns the same object for a change it already holds', () => {
    const held = after([changed({ userId: 123456, status: 'in_call', updatedAt: 20 })], ready);
    const event = changed({ userId: 123456, status: 'in_call', updatedAt: 20 });
    expect(reduceDialer(held, event, 1)).toBe(held);
  });

  it('applies a change with an equal updatedAt but different content', () => {
    const held = after([changed({ userId: 123456, status: 'in_call', updatedAt: 20 })], ready);
    const event = changed({ userId: 123456, status: 'available', updatedAt: 20 });
    expect(reduceDialer(held, event, 9_000).availability.self?.status).toBe('available');
  });

  it('keeps a newer fetched record over a repeated push with an equal updatedAt', () => {
    const pushed = after([changed({ userId: 123456, status: 'in_call', updatedAt: 20 })], ready);
    const fetchedLater = after(
      [
        {
          type: 'API.FETCH_USER_AVAILABILITY_FULFILLED',
          payload: { userId: 123456, status: 'available', version: 9 },
        },
      ],
      pushed,
      9_000,
    );
    const again = changed({ userId: 123456, status: 'in_call', updatedAt: 20 });
    expect(reduceDialer(fetchedLater, again, 10_000)).toBe(fetchedLater);
  });

  it('keeps teammates by id', () => {
    const state = after([
      {
        type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
        payload: { userId: 654321, status: 'on_mobile', updatedAt: 3 },
      },
    ]);
    expect(selectTeammateAvailability(state, 654321)).toMatchObject({ status: 'on_mobile', updatedAt: 3 });
    expect(state.availability.teammates.size).toBe(1);
    expect(state.availability.self).toBeUndefined();
  });

  describe('fetched', () => {
    const fetched = after(
      [
        ev.sent('API.FETCH_AVAILABILITIES'),
        {
          type: 'API.FETCH_AVAILABILITIES_FULFILLED',
          payload: {
            '123456': { status: 'available', version: 17 },
            '654321': { status: 'in_call', version: 42 },
          },
        },
      ],
      ready,
    );

    it('sorts the session user from teammates and settles the request', () => {
      expect(fetched.availability.self).toMatchObject({ userId: 123456, status: 'available', version: 17 });
      expect(selectTeammateAvailability(fetched, 654321)).toMatchObject({
        userId: 654321,
        status: 'in_call',
        version: 42,
      });
      expect(fetched.requests).toEqual({});
    });

    it('ignores an older or equal version', () => {
      const event: DialerEvent = {
        type: 'API.FETCH_USER_AVAILABILITY_FULFILLED',
        payload: { userId: 654321, status: 'offline', version: 42 },
      };
      expect(reduceDialer(fetched, event, 1)).toBe(fetched);
    });

    it('keeps a change pushed after the fetch was sent, raising only the version', () => {
      const state = after(
        [
          ev.sent('API.FETCH_USER_AVAILABILITY'),
          changed({ userId: 123456, status: 'in_call', updatedAt: 30 }),
          {
            type: 'API.FETCH_USER_AVAILABILITY_FULFILLED',
            payload: { userId: 123456, status: 'available', version: 18 },
          },
        ],
        fetched,
        50_000,
      );
      expect(state.availability.self).toMatchObject({ status: 'in_call', updatedAt: 30, version: 18 });
      expect(state.requests).toEqual({});
    });

    it('takes a fetched record over a change pushed before the fetch was sent', () => {
      const state = after(
        [
          changed({ userId: 123456, status: 'in_call', updatedAt: 30 }),
          ev.sent('API.FETCH_AVAILABILITIES'),
          {
            type: 'API.FETCH_AVAILABILITIES_FULFILLED',
            payload: { '123456': { status: 'available', version: 18 } },
          },
        ],
        fetched,
        50_000,
      );
      expect(state.availability.self).toMatchObject({ status: 'available', updatedAt: 30, version: 18 });
    });

    it('takes a newer version and keeps the pushed clock', () => {
      const pushed = after([changed({ userId: 123456, status: 'in_call', updatedAt: 20 })], fetched);
      const state = after(
        [
          {
            type: 'API.FETCH_USER_AVAILABILITY_FULFILLED',
            payload: { userId: 123456, status: 'do_not_disturb', version: 18 },
          },
        ],
        pushed,
      );
      expect(state.availability.self).toMatchObject({ status: 'do_not_disturb', version: 18, updatedAt: 20 });
    });
  });

  it('reports a refused availability change', () => {
    const state = after([
      ev.sent('API.UPDATE_AVAILABILITY'),
      { type: 'API.UPDATE_AVAILABILITY_REJECTED', payload: { error: 'in a call' } },
    ]);
    expect(state.lastFailure).toMatchObject({
      operation: 'updateAvailability',
      reason: 'rejected',
      message: 'in a call',
    });
    expect(state.requests).toEqual({});
    const retried = after(
      [ev.sent('API.UPDATE_AVAILABILITY'), { type: 'API.UPDATE_AVAILABILITY_FULFILLED' }],
      state,
    );
    expect(retried).toMatchObject({ lastFailure: undefined, requests: {} });
  });

  describe('a team larger than the bound', () => {
    const FIRST = 2_000_000;
    /** A fetched answer of teammates `from` to `to` (excluded), each available at version 1. */
    const page = (from: number, to: number): DialerEvent => ({
      type: 'API.FETCH_AVAILABILITIES_FULFILLED',
      payload: Object.fromEntries(
        Array.from({ length: to - from }, (_, i) => [String(from + i), { status: 'available', version: 1 }]),
      ),
    });
    /** The answers of 1 000 (the largest message the kit accepts) that make `count` teammates known. */
    const pages = (count: number): DialerEvent[] =>
      Array.from({ length: Math.ceil(count / 1000) }, (_, i) =>
        page(FIRST + i * 1000, FIRST + Math.min(count, (i + 1) * 1000)),
      );
    const teammate = (userId: number, status: string, updatedAt: number): DialerEvent => ({
      type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      payload: { userId, status, updatedAt },
    });
    let full: DialerState;
    const fullTeam = (): DialerState => {
      full ??= after(pages(TEAMMATE_LIMIT), ready);
      return full;
    };

    it('is held whole up to the bound, without complaint', () => {
      const state = fullTeam();
      expect(state.availability.teammates.size).toBe(TEAMMATE_LIMIT);
      expect(selectTeammateAvailability(state, FIRST)).toMatchObject({ status: 'available', version: 1 });
      expect(selectTeammateAvailability(state, FIRST + TEAMMATE_LIMIT - 1)).toMatchObject({ version: 1 });
      expect(state.diagnostics.items.filter((item) => item.code === 'limit-reached')).toEqual([]);
    });

    it('still follows every teammate held once the map is full', () => {
      const state = after([teammate(FIRST + 17, 'in_call', 5)], fullTeam());
      expect(selectTeammateAvailability(state, FIRST + 17)).toMatchObject({
        status: 'in_call',
        updatedAt: 5,
      });
      expect(state.availability.teammates.size).toBe(TEAMMATE_LIMIT);
    });

    it('keeps no newcomer past the bound and reports each one refused', () => {
      const newcomer = FIRST + TEAMMATE_LIMIT;
      const state = after([teammate(newcomer, 'available', 1)], fullTeam());
      expect(selectTeammateAvailability(state, newcomer)).toBeUndefined();
      expect(state.availability.teammates.size).toBe(TEAMMATE_LIMIT);
      expect(state.diagnostics.items.at(-1)).toMatchObject({
        code: 'limit-reached',
        messageType: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      });
      expect(state.diagnostics.items.at(-1)?.message).toContain(String(newcomer));
    });

    it('keeps a fetched answer up to the bound and reports how many it left out', () => {
      const state = after([page(FIRST + TEAMMATE_LIMIT - 10, FIRST + TEAMMATE_LIMIT + 30)], fullTeam());
      expect(state.availability.teammates.size).toBe(TEAMMATE_LIMIT);
      expect(selectTeammateAvailability(state, FIRST + TEAMMATE_LIMIT)).toBeUndefined();
      const reported = state.diagnostics.items.filter((item) => item.code === 'limit-reached');
      expect(reported).toHaveLength(1);
      expect(reported[0]).toMatchObject({ messageType: 'API.FETCH_AVAILABILITIES_FULFILLED' });
      expect(reported[0]?.message).toContain('30');
    });

    it('still takes the record of the agent from a fetched answer when the team is full', () => {
      const state = after(
        [
          {
            type: 'API.FETCH_AVAILABILITIES_FULFILLED',
            payload: { '123456': { status: 'do_not_disturb', version: 3 } },
          },
        ],
        fullTeam(),
      );
      expect(state.availability.self).toMatchObject({ userId: 123456, status: 'do_not_disturb' });
    });
  });
});
