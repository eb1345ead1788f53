import { describe, expect, it } from 'vitest';
import { answerOf, createRequestTracker } from './requestTracker';

describe('createRequestTracker', () => {
  it('settles a tracked request once', async () => {
    const tracker = createRequestTracker();
    const result = tracker.track('DIALER.SET_TAGS');
    expect(tracker.has('DIALER.SET_TAGS')).toBe(true);
    expect(tracker.settle('DIALER.SET_TAGS', { ok: true, payload: [] })).toBe(true);
    expect(tracker.settle('DIALER.SET_TAGS', { ok: false, error: 'late' })).toBe(false);
    await expect(result).resolves.toEqual({ ok: true, payload: [] });
    expect(tracker.has('DIALER.SET_TAGS')).toBe(false);
  });

  it('settles an older request of the same type as superseded', async () => {
    const tracker = createRequestTracker();
    const first = tracker.track('API.UPDATE_AVAILABILITY');
    tracker.track('API.UPDATE_AVAILABILITY');
    await expect(first).resolves.toEqual({ ok: false, error: 'superseded' });
  });

  it('fails every request at once', async () => {
    const tracker = createRequestTracker();
    const a = tracker.track('DIALER.SET_TAGS');
    const b = tracker.track('API.FETCH_AVAILABILITIES');
    tracker.failAll('closed');
    await expect(Promise.all([a, b])).resolves.toEqual([
      { ok: false, error: 'closed' },
      { ok: false, error: 'closed' },
    ]);
  });
});

describe('answerOf', () => {
  it('reads a fulfilled answer with its payload', () => {
    expect(answerOf({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 1 }] })).toEqual({
      type: 'DIALER.SET_TAGS',
      result: { ok: true, payload: [{ id: 1 }] },
    });
  });

  it('reads the error of a rejected answer, with a fallback', () => {
    expect(
      answerOf({ type: 'API.UPDATE_AVAILABILITY_REJECTED', payload: { error: { message: 'no' } } }),
    ).toEqual({
      type: 'API.UPDATE_AVAILABILITY',
      result: { ok: false, error: 'no' },
    });
    expect(answerOf({ type: 'BUS.REGISTER_REJECTED' })?.result).toEqual({ ok: false, error: 'rejected' });
  });

  it('ignores events that answer no request', () => {
    expect(answerOf({ type: 'DIALER.CALL_STATUS', payload: { status: 'idle' } })).toBeUndefined();
    expect(answerOf({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' })).toBeUndefined();
  });
});
