import { describe, expect, it } from 'vitest';
import { after, CUSTOMER, ev } from '../reducer/testing';
import { selectDialAnswered } from './dialAnswered';

const ringing = after([
  ev.dialing(CUSTOMER),
  ev.status('connecting', 'regular'),
  ev.status('ringing', 'regular'),
]);

describe('selectDialAnswered', () => {
  it('is false until the call dialled to that number connects', () => {
    expect(selectDialAnswered(ringing, CUSTOMER)).toBe(false);
    expect(selectDialAnswered(after([ev.status('connected', 'regular')], ringing), CUSTOMER)).toBe(true);
  });

  it('is false for a dial that ended unanswered, and for another number', () => {
    expect(selectDialAnswered(after([ev.status('ended', 'regular')], ringing), CUSTOMER)).toBe(false);
    expect(selectDialAnswered(after([ev.status('connected', 'regular')], ringing), '+33612345678')).toBe(
      false,
    );
  });

  it('is false once that call is over, so a new dial of the same number waits for its own answer', () => {
    const over = after([ev.status('connected', 'regular'), ev.status('ended', 'regular')], ringing);
    expect(selectDialAnswered(over, CUSTOMER)).toBe(false);
  });
});
