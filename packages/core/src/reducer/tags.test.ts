import { describe, expect, it } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import { after, ev } from './testing';

const tagging = after([
  ev.dialing('+1'),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
  ev.status('hanging', 'regular'),
  ev.status('mandatoryTagging', 'regular'),
  { type: 'kit/tagSelectionChanged', payload: { tagIds: [102, 101, 102] } },
]);

describe('tags', () => {
  it('keeps the selection unique and sorted', () => {
    expect(tagging.call.tagSelection).toEqual([101, 102]);
    const same = reduceDialer(
      tagging,
      { type: 'kit/tagSelectionChanged', payload: { tagIds: [101, 102] } },
      1,
    );
    expect(same).toBe(tagging);
  });

  it('stores the tags the bus confirmed', () => {
    const state = after(
      [
        ev.sent('DIALER.SET_TAGS', { tagIds: [101] }),
        { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 101, name: 'Lead' }] },
      ],
      tagging,
    );
    expect(state.call.tags).toEqual([{ id: 101, name: 'Lead' }]);
    expect(state.requests).toEqual({});
  });

  it('reports a rejection and keeps the selection for another try', () => {
    const rejected = after(
      [
        ev.sent('DIALER.SET_TAGS'),
        { type: 'DIALER.SET_TAGS_REJECTED', payload: { error: { message: 'Tag 999 not found' } } },
      ],
      tagging,
      50_000,
    );
    expect(rejected.lastFailure).toEqual({
      operation: 'setTags',
      reason: 'rejected',
      message: 'Tag 999 not found',
      at: 51_000,
    });
    expect(rejected.call.tagSelection).toEqual([101, 102]);
    expect(rejected.diagnostics.items.at(-1)).toMatchObject({ code: 'request-rejected' });
    expect(after([{ type: 'DIALER.SET_TAGS_FULFILLED', payload: [] }], rejected).lastFailure).toBeUndefined();
  });
});
