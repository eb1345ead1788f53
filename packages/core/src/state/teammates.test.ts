import { describe, expect, it } from 'vitest';
import type { AgentAvailability, TeammateAvailabilities } from './AgentAvailability';
import { findTeammate, listTeammates, NO_TEAMMATES, TEAMMATE_LIMIT, withTeammates } from './teammates';

const record = (userId: number, status = 'available'): AgentAvailability => ({
  userId,
  status,
  receivedAt: 1,
});
const ids = (count: number, step = 1, first = 1) => Array.from({ length: count }, (_, i) => first + i * step);
const teamOf = (userIds: readonly number[]): TeammateAvailabilities =>
  withTeammates(
    NO_TEAMMATES,
    userIds.map((id) => record(id)),
  ).teammates;

describe('the teammate map', () => {
  it('finds each teammate by id, and nobody else', () => {
    const team = teamOf(ids(300));
    expect(team.size).toBe(300);
    for (const id of ids(300)) expect(findTeammate(team, id)?.userId).toBe(id);
    expect(findTeammate(team, 301)).toBeUndefined();
    expect(findTeammate(NO_TEAMMATES, 1)).toBeUndefined();
    expect(
      listTeammates(team)
        .map((held) => held.userId)
        .sort((a, b) => a - b),
    ).toEqual(ids(300));
  });

  it('replaces the record of a teammate held, leaving the map it came from as it was', () => {
    const before = teamOf([7, 8]);
    const { teammates: after, left } = withTeammates(before, [record(7, 'away')]);
    expect(left).toBe(0);
    expect(after.size).toBe(2);
    expect(findTeammate(after, 7)?.status).toBe('away');
    expect(findTeammate(before, 7)?.status).toBe('available');
  });

  it('gives back the same map for no records', () => {
    const team = teamOf([7]);
    expect(withTeammates(team, []).teammates).toBe(team);
  });

  it('copies one bucket for a change: every other bucket is shared with the map before', () => {
    const before = teamOf(ids(3000, 1, 2_000_000));
    const { teammates: changed } = withTeammates(before, [record(2_000_123, 'away')]);
    const fresh = changed.buckets.filter((bucket, i) => bucket !== before.buckets[i]);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.length).toBeLessThan(200);
  });

  it('spreads ids that share their low bits (every 256th, every 65 536th, beyond 2^32)', () => {
    for (const [step, first] of [
      [256, 256],
      [65_536, 65_536],
      [2 ** 32, 5],
    ] as const) {
      const team = teamOf(ids(2560, step, first));
      const largest = Math.max(...team.buckets.map((bucket) => bucket.length));
      expect(largest).toBeLessThan(40);
    }
  });

  it('is frozen, records included', () => {
    const team = teamOf([7]);
    expect(Object.isFrozen(team)).toBe(true);
    expect(Object.isFrozen(team.buckets)).toBe(true);
    expect(team.buckets.every((bucket) => Object.isFrozen(bucket))).toBe(true);
    expect(Object.isFrozen(findTeammate(team, 7))).toBe(true);
  });

  it('takes no newcomer past the bound but still replaces those held', () => {
    const full = teamOf(ids(TEAMMATE_LIMIT));
    expect(full.size).toBe(TEAMMATE_LIMIT);
    const { teammates: after, left } = withTeammates(full, [
      record(TEAMMATE_LIMIT + 1),
      record(1, 'away'),
      record(TEAMMATE_LIMIT + 2),
    ]);
    expect(left).toBe(2);
    expect(after.size).toBe(TEAMMATE_LIMIT);
    expect(findTeammate(after, TEAMMATE_LIMIT + 1)).toBeUndefined();
    expect(findTeammate(after, 1)?.status).toBe('away');
  });
});
