import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BusTransport } from '../transport/BusTransport';
import { createDialerStore } from './createDialerStore';
import { PREVIEW_LIMITS } from './previewMessage';
import { connect, setup } from './storeHarness.test-helper';
import type { TrafficEntry } from './types';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const sparse = (length = 40_000_000): unknown[] => {
  const items: unknown[] = [];
  items.length = length;
  return items;
};
const nested = (depth: number, key = 'deep'): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { [key]: value };
  return value;
};
const wide = (keys: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i]));
const sync = (metadata: unknown) => ({ type: 'DIALER.SYNC', payload: { metadata } });

/** The largest sizes found in `value`, walking at most `cap` values (so a huge value is reported, not walked). */
function sizes(value: unknown, cap = 10 * PREVIEW_LIMITS.values) {
  const found = { values: 0, depth: 0, string: 0, key: 0, items: 0, keys: 0 };
  const walk = (node: unknown, depth: number): void => {
    found.values += 1;
    found.depth = Math.max(found.depth, depth);
    if (found.values > cap) return;
    if (typeof node === 'string') found.string = Math.max(found.string, node.length);
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      found.items = Math.max(found.items, node.length);
      for (let index = 0; index < Math.min(node.length, cap); index += 1) walk(node[index], depth + 1);
      return;
    }
    const keys = Object.keys(node);
    found.keys = Math.max(found.keys, keys.length);
    for (const key of keys.slice(0, cap)) {
      found.key = Math.max(found.key, key.length);
      walk((node as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(value, 0);
  return found;
}

describe('a hostile message, whatever its size', () => {
  it.each<[string, () => unknown]>([
    ['a sparse array of 40 000 000 items', () => sparse()],
    ['a SYNC whose metadata is such an array', () => sync(sparse())],
    ['a SYNC with such an array as participants', () => sync({ participants: sparse() })],
    ['a SYNC with such an array in a field the kit does not read', () => sync({ notes: sparse() })],
    ['a meta that is such an array', () => ({ ...sync({}), meta: sparse() })],
    ['an unknown type carrying such an array', () => ({ type: 'DIALER.UNKNOWN', payload: sparse() })],
    ['a message without a type carrying such an array', () => ({ payload: sparse() })],
    ['a string of 5 000 000 characters', () => sync({ from: 'x'.repeat(5_000_000) })],
    ['a type of 5 000 000 characters', () => ({ type: 'X'.repeat(5_000_000) })],
    ['nesting 1 000 levels deep', () => sync(nested(1_000))],
    ['keys of 10 000 characters nested 40 deep', () => sync(nested(40, 'k'.repeat(10_000)))],
    ['an object of 20 000 keys', () => sync(wide(20_000))],
  ])('refuses %s: state unchanged but for a diagnostic, bounded copies in the log', (_what, make) => {
    const harness = setup();
    connect(harness);
    const before = harness.store.getState();
    harness.bus.push(make());
    const after = harness.store.getState();
    expect({ ...after, diagnostics: before.diagnostics }).toEqual(before);
    expect(after.diagnostics.total).toBe(before.diagnostics.total + 1);
    const diagnostic = harness.diagnostics.at(-1);
    expect(diagnostic?.code).toMatch(/^(invalid-message|unknown-type)$/);
    expect(sizes(diagnostic).string).toBeLessThanOrEqual(400);
    const entry = harness.traffic.at(-1) as TrafficEntry & { direction: 'in' };
    expect(entry).toMatchObject({ direction: 'in', accepted: false });
    const logged = sizes(entry.message);
    expect(logged.values).toBeLessThanOrEqual(PREVIEW_LIMITS.values);
    expect(logged.depth).toBeLessThanOrEqual(PREVIEW_LIMITS.depth + 1);
    expect(logged.items).toBeLessThanOrEqual(PREVIEW_LIMITS.items + 1);
    expect(logged.keys).toBeLessThanOrEqual(PREVIEW_LIMITS.keys + 1);
    expect(logged.key).toBeLessThanOrEqual(PREVIEW_LIMITS.keyLength + 40);
    expect(logged.string).toBeLessThanOrEqual(PREVIEW_LIMITS.stringLength + 40);
  });
});

/** Proxies counting every read the kit makes of them; past `budget` a read throws, so the count ends. */
function readCounter(budget: number) {
  let reads = 0;
  const count = (): void => {
    reads += 1;
    if (reads > budget) throw new Error('read budget exceeded');
  };
  const counted =
    <A extends unknown[], R>(trap: (...args: A) => R) =>
    (...args: A): R => {
      count();
      return trap(...args);
    };
  const handler: ProxyHandler<object> = {
    get: counted(Reflect.get),
    has: counted(Reflect.has),
    ownKeys: counted(Reflect.ownKeys),
    getOwnPropertyDescriptor: counted(Reflect.getOwnPropertyDescriptor),
    getPrototypeOf: counted(Reflect.getPrototypeOf),
  };
  /** An object with one key `next` leading to another such object, endlessly. */
  const endless = (): object =>
    new Proxy(
      {},
      {
        ...handler,
        get: counted((_target: object, key: string | symbol) => (key === 'next' ? endless() : undefined)),
        ownKeys: counted(() => ['next']),
        getOwnPropertyDescriptor: counted((_target: object, key: string | symbol) =>
          key === 'next' ? { value: endless(), enumerable: true, configurable: true } : undefined,
        ),
      },
    );
  return {
    wrap: <T extends object>(target: T): T => new Proxy<T>(target, handler as ProxyHandler<T>),
    endless,
    reads: () => reads,
  };
}

/** A transport handing messages over as they are (an in-process bus): no clone reads them first. */
function directTransport() {
  let listener: ((message: unknown) => void) | undefined;
  const transport: BusTransport = {
    send: () => undefined,
    subscribe: (next) => {
      listener = next;
      return () => {
        listener = undefined;
      };
    },
  };
  return { transport, push: (message: unknown) => listener?.(message) };
}

describe('the work on one message', () => {
  const BUDGET = 1_000;

  it.each<[string, (counter: ReturnType<typeof readCounter>) => unknown]>([
    ['an array claiming 40 000 000 items', ({ wrap }) => sync({ participants: wrap(sparse()) })],
    ['the same array as the whole message', ({ wrap }) => wrap(sparse())],
    [
      "the same array as an unknown message's payload",
      ({ wrap }) => ({ type: 'X.Y', payload: wrap(sparse()) }),
    ],
    ['an endlessly nested object', ({ endless }) => sync(endless())],
    ['an endlessly nested meta', ({ endless }) => ({ ...sync({}), meta: endless() })],
    [
      'a string of 5 000 000 characters behind a getter',
      ({ wrap }) => sync(wrap({ from: 'x'.repeat(5_000_000) })),
    ],
  ])('reads %s a bounded number of times, from the listener to the store and its log', (_what, make) => {
    const { transport, push } = directTransport();
    const traffic: TrafficEntry[] = [];
    const store = createDialerStore({
      transport,
      appName: 'test-desk',
      release: '1.2.3',
      origin: 'https://desk.example',
      onTraffic: (entry) => traffic.push(entry),
    });
    store.start();
    const counter = readCounter(BUDGET);
    const before = store.getState();
    push(make(counter));
    expect(counter.reads()).toBeLessThanOrEqual(BUDGET);
    expect(store.getState().diagnostics.total).toBe(before.diagnostics.total + 1);
    expect(traffic.at(-1)).toMatchObject({ direction: 'in', accepted: false });
  });
});
