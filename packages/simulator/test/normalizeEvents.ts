import { isCallSid } from '../src/index';
import type { Received } from './harness';

/**
 * Replaces what differs between runs but not in meaning: each distinct call sid / call id becomes `sid#n` /
 * `callId#n` in order of appearance (so "same leg" and "another leg" still compare), timestamps and tokens
 * become placeholders. A sid that is not `CA` + 32 hex is left as is, so it fails the comparison.
 */
export function normalizeEvents(events: readonly Received[]): unknown[] {
  const sids = new Map<string, string>();
  const callIds = new Map<number, string>();
  const alias = <K>(map: Map<K, string>, key: K, prefix: string): string => {
    const known = map.get(key);
    if (known !== undefined) return known;
    const name = `${prefix}#${map.size + 1}`;
    map.set(key, name);
    return name;
  };
  const walk = (value: unknown, key: string, parentKey: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, '', key));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, key)]));
    }
    if ((key === 'callUuid' || key === 'legId') && typeof value === 'string' && isCallSid(value)) {
      return alias(sids, value, 'sid');
    }
    if (key === 'id' && parentKey === 'metadata' && typeof value === 'number')
      return alias(callIds, value, 'callId');
    if (key === 'updatedAt' && typeof value === 'number') return '<timestamp>';
    if ((key === 'idToken' || key === 'refreshToken') && typeof value === 'string') return '<token>';
    return value;
  };
  return events.map((event) => walk(event, '', ''));
}
