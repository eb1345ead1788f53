import { describe, expect, it } from 'vitest';
import { after, ev } from '../reducer/testing';
import { selectOfferedCall, selectOfferedLine } from './offeredCall';

const SUPPORT = { id: 7, name: 'Support line', number: '+33 1 23 45 67 89', normalized: '+33123456789' };
const withLines = after([{ type: 'USER.LINES_CHANGED', payload: { lines: [SUPPORT] } }]);

describe('selectOfferedCall', () => {
  it('is the offer until it is accepted or rejected', () => {
    const offered = after([ev.incoming()], withLines);
    expect(selectOfferedCall(offered)).toMatchObject({ callUuid: 'CA01', answer: 'offered' });
    expect(selectOfferedCall(after([ev.status('accepting', 'regular')], offered))).toBeUndefined();
    expect(selectOfferedCall(after([ev.sent('DIALER.REJECT')], offered))).toBeUndefined();
  });

  it('is no longer offered once its caller gave up (the call ended unanswered)', () => {
    const offered = after([ev.incoming()], withLines);
    expect(selectOfferedCall(after([ev.status('ended', 'regular')], offered))).toBeUndefined();
  });

  it('stays offered when the call it waits behind ends', () => {
    const talking = after([
      ev.dialing('+14155550199'),
      ev.status('connecting', 'regular'),
      ev.status('connected', 'regular'),
      ev.incoming({ callUuid: 'CA02' }),
      ev.status('hanging', 'regular'),
      ev.status('ended', 'regular'),
    ]);
    expect(selectOfferedCall(talking)).toMatchObject({ callUuid: 'CA02' });
  });
});

describe('selectOfferedLine', () => {
  it('names the agent line the offer was made to', () => {
    expect(selectOfferedLine(after([ev.incoming({ to: '+33123456789' })], withLines))).toBe(SUPPORT);
  });

  it('gives the number as sent when it is none of the agent lines', () => {
    expect(selectOfferedLine(after([ev.incoming({ to: '+14155550100' })], withLines))).toEqual({
      number: '+14155550100',
    });
  });

  it('names no line for a call to the agent themself, nor without an offer', () => {
    expect(
      selectOfferedLine(after([ev.incoming({ type: 'internal', to: 'client:42' })], withLines)),
    ).toBeUndefined();
    expect(selectOfferedLine(withLines)).toBeUndefined();
  });
});
