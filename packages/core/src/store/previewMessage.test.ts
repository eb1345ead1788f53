import { describe, expect, it } from 'vitest';
import { throwingProxy } from '../../../../tests/support/throwingProxy';
import { PREVIEW_LIMITS, previewMessage } from './previewMessage';

describe('previewMessage', () => {
  it('copies a message of ordinary size whole', () => {
    const message = {
      type: 'DIALER.CALL_STATUS',
      payload: { status: 'flying', flow: 'regular', list: [1, true, null], nested: { a: 'b' } },
    };
    const shown = previewMessage(message);
    expect(shown).toEqual(message);
    expect(shown).not.toBe(message);
  });

  it('hides every session secret, at any depth', () => {
    const shown = previewMessage({
      payload: { credentials: { idToken: 'id-1' }, deeper: [{ refreshToken: 'r-1', idToken: 'id-2' }] },
    });
    expect(shown).toEqual({
      payload: { credentials: '***', deeper: [{ refreshToken: '***', idToken: '***' }] },
    });
  });

  it('cuts long strings and keys, saying how much is left out', () => {
    const long = 'x'.repeat(PREVIEW_LIMITS.stringLength + 10);
    const key = 'k'.repeat(PREVIEW_LIMITS.keyLength + 5);
    expect(previewMessage({ [key]: long })).toEqual({
      [`${'k'.repeat(PREVIEW_LIMITS.keyLength)}… (5 more characters)`]: `${'x'.repeat(PREVIEW_LIMITS.stringLength)}… (10 more characters)`,
    });
  });

  it('keeps the first items and keys and counts the others', () => {
    const items: unknown[] = [];
    items.length = 40_000_000;
    const keys = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]));
    const shown = previewMessage({ items, keys }) as { items: unknown[]; keys: Record<string, unknown> };
    expect(shown.items).toHaveLength(PREVIEW_LIMITS.items + 1);
    expect(shown.items.at(-1)).toBe(`… ${40_000_000 - PREVIEW_LIMITS.items} more items`);
    expect(Object.keys(shown.keys)).toHaveLength(PREVIEW_LIMITS.keys + 1);
    expect(shown.keys['…']).toBe('10 more keys');
  });

  it('leaves out what is nested deeper than its limit', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100; level += 1) deep = [deep];
    let shown = previewMessage(deep);
    for (let level = 0; level < PREVIEW_LIMITS.depth; level += 1) shown = (shown as unknown[])[0];
    expect(shown).toBe('… nested deeper');
  });

  it('stops copying once it holds its number of values', () => {
    const rows = Array.from({ length: 50 }, () => Array.from({ length: 50 }, (_, i) => i));
    const shown = previewMessage(rows) as unknown[][];
    const copied = shown.flat().filter((item) => typeof item === 'number').length;
    expect(copied).toBeLessThan(PREVIEW_LIMITS.values);
  });

  it('describes what is not data instead of copying it', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const getter = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(
      previewMessage({
        fn: () => 1,
        big: 10n,
        map: new Map(),
        cyclic,
        getter,
        infinite: Number.POSITIVE_INFINITY,
        nan: Number.NaN,
      }),
    ).toEqual({
      fn: '[a function]',
      big: '[a bigint]',
      map: '[an instance of a class]',
      cyclic: { self: '[cycle]' },
      getter: { boom: '[unreadable]' },
      infinite: 'Infinity',
      nan: 'NaN',
    });
  });

  it('never throws on a proxy whose every trap throws', () => {
    const hostile = throwingProxy();
    expect(previewMessage(hostile)).toBe('[unreadable]');
    expect(previewMessage({ payload: hostile })).toEqual({ payload: '[unreadable]' });
  });

  it('does not read the part named by skip', () => {
    const metadata = Object.defineProperty({}, 'from', {
      enumerable: true,
      get() {
        throw new Error('must not be read');
      },
    });
    expect(
      previewMessage({ type: 'DIALER.SYNC', payload: { metadata, other: 1 } }, 'payload.metadata'),
    ).toEqual({
      type: 'DIALER.SYNC',
      payload: { metadata: '… not shown: too large', other: 1 },
    });
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const shown = previewMessage(JSON.parse('{"__proto__":{"polluted":true}}')) as object;
    expect(Object.getPrototypeOf(shown)).toBe(Object.prototype);
    expect(Object.keys(shown)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
