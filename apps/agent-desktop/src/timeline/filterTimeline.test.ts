import type { TrafficEntry } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import { filterTimeline, NO_FILTER, timelineToJson, timelineTypes } from './filterTimeline';
import { fromDiagnostic, fromTraffic, type TimelineEntry } from './timelineEntry';

const AT = new Date(2024, 4, 29, 9, 5, 7, 42).getTime();
const traffic: TrafficEntry[] = [
  { direction: 'out', at: AT, message: { type: 'DIALER.DIAL', payload: { to: '+14155550199' } } },
  { direction: 'in', at: AT + 1, message: { type: 'DIALER.CALL_STATUS', payload: {} }, accepted: true },
  {
    direction: 'in',
    at: AT + 2,
    message: { type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting' } },
    accepted: false,
    error: 'status: unknown value',
  },
];
const entries: TimelineEntry[] = [
  ...traffic.map((entry, index) => fromTraffic(entry, index + 1)),
  fromDiagnostic({ seq: 1, at: AT + 3, code: 'invalid-message', message: 'bad status' }, 4),
];
const ids = (list: readonly TimelineEntry[]) => list.map((entry) => entry.id);

describe('filterTimeline', () => {
  it('shows everything without a filter', () => {
    expect(filterTimeline(entries, NO_FILTER)).toBe(entries);
  });

  it('keeps one type', () => {
    expect(ids(filterTimeline(entries, { type: 'DIALER.CALL_STATUS', onlyRejected: false }))).toEqual([2, 3]);
    expect(ids(filterTimeline(entries, { type: 'diagnostic:invalid-message', onlyRejected: false }))).toEqual(
      [4],
    );
  });

  it('keeps only rejected inbound messages on demand', () => {
    expect(ids(filterTimeline(entries, { type: 'all', onlyRejected: true }))).toEqual([3]);
    expect(ids(filterTimeline(entries, { type: 'DIALER.DIAL', onlyRejected: true }))).toEqual([]);
  });
});

describe('timelineTypes', () => {
  it('lists each type once, sorted', () => {
    expect(timelineTypes(entries)).toEqual([
      'DIALER.CALL_STATUS',
      'DIALER.DIAL',
      'diagnostic:invalid-message',
    ]);
  });

  it('keeps the selected type when no entry has it', () => {
    expect(timelineTypes([], 'DIALER.SYNC')).toEqual(['DIALER.SYNC']);
    expect(timelineTypes([], 'all')).toEqual([]);
  });
});

describe('timelineToJson', () => {
  it('copies each entry with time, direction, type, verdict and message', () => {
    const copied = JSON.parse(timelineToJson(entries.slice(0, 3)));
    expect(copied).toEqual([
      {
        time: '09:05:07.042',
        at: AT,
        type: 'DIALER.DIAL',
        kind: 'message',
        direction: 'out',
        message: { type: 'DIALER.DIAL', payload: { to: '+14155550199' } },
      },
      expect.objectContaining({ direction: 'in', accepted: true, type: 'DIALER.CALL_STATUS' }),
      expect.objectContaining({ accepted: false, error: 'status: unknown value' }),
    ]);
  });

  it('copies a diagnostic with its code and text', () => {
    expect(JSON.parse(timelineToJson(entries.slice(3)))).toEqual([
      expect.objectContaining({ kind: 'diagnostic', code: 'invalid-message', message: 'bad status' }),
    ]);
  });

  it('copies an empty list as []', () => {
    expect(JSON.parse(timelineToJson([]))).toEqual([]);
  });

  it('survives values JSON cannot spell', () => {
    const odd = fromTraffic({ direction: 'in', at: AT, message: { type: 'X', n: 10n }, accepted: false }, 1);
    expect(JSON.parse(timelineToJson([odd]))[0].message).toEqual({ type: 'X', n: '10' });
  });
});
