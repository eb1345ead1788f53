import { describe, expect, it } from 'vitest';
import { after, ev } from '../reducer/testing';
import { createInitialState } from '../state/createInitialState';
import type { DialerState } from '../state/DialerState';
import {
  selectAvailabilityStatus,
  selectAvailabilityUpdating,
  selectOwnAvailability,
  selectTeammateAvailability,
} from './availability';
import { selectLastFailure } from './lastFailure';
import { selectOfferedCall } from './offeredCall';
import { selectTaggingFailure, selectTaggingRequired, selectTagsSubmitting } from './tagging';

const ready: DialerState = { ...createInitialState(), connection: 'ready' };
const connected = after(
  [ev.dialing('+14155550199'), ev.status('connecting', 'regular'), ev.status('connected', 'regular')],
  ready,
);
const tagging = after([ev.status('hanging', 'regular'), ev.status('mandatoryTagging', 'regular')], connected);
const rejected = (type: 'DIALER.SET_TAGS_REJECTED' | 'API.UPDATE_AVAILABILITY_REJECTED') =>
  ({ type, payload: { error: 'refused' } }) as const;

describe('selectOfferedCall', () => {
  const offered = after([ev.incoming({ callUuid: 'CA07' })], ready);

  it('is the offer until it is answered', () => {
    expect(selectOfferedCall(createInitialState())).toBeUndefined();
    expect(selectOfferedCall(offered)).toMatchObject({ callUuid: 'CA07', answer: 'offered' });
  });

  it('is gone once accepted or rejected', () => {
    expect(selectOfferedCall(after([ev.status('accepting', 'regular')], offered))).toBeUndefined();
    expect(selectOfferedCall(after([ev.sent('DIALER.REJECT')], offered))).toBeUndefined();
  });
});

describe('tagging', () => {
  it('is required exactly while mandatoryTagging', () => {
    expect(selectTaggingRequired(connected)).toBe(false);
    expect(selectTaggingRequired(tagging)).toBe(true);
    expect(selectTaggingRequired(after([ev.status('ended', 'regular')], tagging))).toBe(false);
  });

  it('is submitting while a SET_TAGS awaits its answer, and reports its failure', () => {
    const submitting = after([ev.sent('DIALER.SET_TAGS')], tagging);
    expect([selectTagsSubmitting(tagging), selectTagsSubmitting(submitting)]).toEqual([false, true]);
    const failed = after([rejected('DIALER.SET_TAGS_REJECTED')], submitting);
    expect(selectTagsSubmitting(failed)).toBe(false);
    expect(selectTaggingFailure(failed)).toMatchObject({ operation: 'setTags', reason: 'rejected' });
  });

  it('reports no failure of another operation', () => {
    const failed = after(
      [ev.sent('API.UPDATE_AVAILABILITY'), rejected('API.UPDATE_AVAILABILITY_REJECTED')],
      ready,
    );
    expect(failed.lastFailure?.operation).toBe('updateAvailability');
    expect(selectTaggingFailure(failed)).toBeUndefined();
  });
});

describe('availability', () => {
  it('is unknown until the bus reports it', () => {
    expect([selectOwnAvailability(ready), selectAvailabilityStatus(ready)]).toEqual([undefined, undefined]);
  });

  it('is the status of the agent and whether an update is on its way', () => {
    const known = after(
      [{ type: 'USER.AVAILABILITY_CHANGED', payload: { userId: 5, status: 'available', updatedAt: 1 } }],
      ready,
    );
    expect(selectAvailabilityStatus(known)).toBe('available');
    expect(selectOwnAvailability(known)).toMatchObject({ userId: 5, status: 'available' });
    expect(selectAvailabilityUpdating(known)).toBe(false);
    expect(selectAvailabilityUpdating(after([ev.sent('API.UPDATE_AVAILABILITY')], known))).toBe(true);
  });

  it('is each teammate held, by id', () => {
    const teammate = (userId: number, status: string) =>
      ({ type: 'USER.TEAMMATE_AVAILABILITY_CHANGED', payload: { userId, status, updatedAt: 1 } }) as const;
    expect(selectTeammateAvailability(ready, 7)).toBeUndefined();
    const two = after([teammate(7, 'available'), teammate(8, 'away')], ready);
    expect(selectTeammateAvailability(two, 8)).toMatchObject({ userId: 8, status: 'away' });
    expect(selectTeammateAvailability(two, 9)).toBeUndefined();
    expect(selectTeammateAvailability(two, 7)).toMatchObject({ userId: 7, status: 'available' });
    expect(selectTeammateAvailability(after([teammate(9, 'offline')], two), 9)?.status).toBe('offline');
  });
});

describe('selectLastFailure', () => {
  // The call connected at 3 s; the SET_TAGS fails at 11 s.
  const failed = after([ev.sent('DIALER.SET_TAGS'), rejected('DIALER.SET_TAGS_REJECTED')], connected, 10_000);

  it('reports the last failure, or only one of the operations asked for', () => {
    expect(selectLastFailure(failed)).toMatchObject({ operation: 'setTags' });
    expect(selectLastFailure(failed, { operations: ['setTags', 'hold'] })).toBe(failed.lastFailure);
    expect(selectLastFailure(failed, { operations: ['hold'] })).toBeUndefined();
  });

  it('drops a failure older than the last status change when asked to', () => {
    const moved = after([ev.status('hanging', 'regular')], failed, 20_000);
    expect(selectLastFailure(moved, { sinceStatusChange: true })).toBeUndefined();
    expect(selectLastFailure(moved)).toBe(failed.lastFailure);
    expect(selectLastFailure(failed, { sinceStatusChange: true })).toBe(failed.lastFailure);
  });
});
