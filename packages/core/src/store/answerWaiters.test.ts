import { describe, expect, it } from 'vitest';
import { createAnswerWaiters } from './answerWaiters';

describe('createAnswerWaiters', () => {
  it('settles the caller of the request sent at that time, once', async () => {
    const waiters = createAnswerWaiters();
    const result = waiters.wait('DIALER.SET_TAGS', 1_000);
    waiters.settle('DIALER.SET_TAGS', 1_000, { ok: true, payload: [] });
    waiters.settle('DIALER.SET_TAGS', 1_000, { ok: false, reason: 'rejected', message: 'late' });
    await expect(result).resolves.toEqual({ ok: true, payload: [] });
  });

  it('leaves a caller waiting when the answer is for another send of the same type', async () => {
    const waiters = createAnswerWaiters();
    let settled: unknown;
    void waiters.wait('API.FETCH_AVAILABILITIES', 2_000).then((result) => {
      settled = result;
    });
    waiters.settle('API.FETCH_AVAILABILITIES', 1_000, { ok: false, reason: 'superseded' });
    waiters.settle('DIALER.SET_TAGS', 2_000, { ok: false, reason: 'timeout' });
    await Promise.resolve();
    expect(settled).toBeUndefined();
    waiters.settle('API.FETCH_AVAILABILITIES', 2_000, { ok: false, reason: 'timeout' });
    await Promise.resolve();
    expect(settled).toEqual({ ok: false, reason: 'timeout' });
  });

  it('answers an older caller of the same type as superseded when a new one waits', async () => {
    const waiters = createAnswerWaiters();
    const first = waiters.wait('API.UPDATE_AVAILABILITY', 1_000);
    waiters.wait('API.UPDATE_AVAILABILITY', 2_000);
    await expect(first).resolves.toEqual({ ok: false, reason: 'superseded' });
  });
});
