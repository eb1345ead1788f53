import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev, legs, participant } from '../reducer/testing';
import {
  selectTaggedCall,
  selectTaggingFailure,
  selectTaggingRequired,
  selectTagsSubmitting,
} from './tagging';

const LINE = { id: 7, name: 'Support line', number: '+33 1 23 45 67 89' };
const tagging = after([
  ev.dialing(CUSTOMER),
  ev.status('connecting', 'regular'),
  ev.status('connected', 'regular'),
  ev.sync({ ...legs(participant('leg-c', CUSTOMER)), line: LINE }),
  ev.status('hanging', 'regular'),
  ev.status('mandatoryTagging', 'regular'),
]);

describe('tagging selectors', () => {
  it('say tagging is required, a save is in flight, then that it was refused', () => {
    expect(selectTaggingRequired(tagging)).toBe(true);
    const saving = after([ev.sent('DIALER.SET_TAGS', { tagIds: [1] })], tagging);
    expect(selectTagsSubmitting(saving)).toBe(true);
    const refused = after(
      [{ type: 'DIALER.SET_TAGS_REJECTED', payload: { error: 'Tag 1 is archived' } }],
      saving,
    );
    expect(selectTagsSubmitting(refused)).toBe(false);
    expect(selectTaggingFailure(refused)).toMatchObject({ operation: 'setTags', reason: 'rejected' });
  });

  it('name the call to tag: its party and line, the same object while they stand', () => {
    const call = selectTaggedCall(tagging);
    expect(call).toEqual({
      party: { kind: 'party', party: expect.objectContaining({ legId: 'leg-c', phoneNumber: CUSTOMER }) },
      line: LINE,
    });
    expect(selectTaggedCall(after([ev.sent('DIALER.SET_TAGS', { tagIds: [1] })], tagging))).toBe(call);
  });
});
