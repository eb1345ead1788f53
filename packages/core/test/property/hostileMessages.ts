import fc from 'fast-check';
import flows from '../fixtures/flows.json';

// Hostile-input arbitraries shared by the parser's and the store's property tests.

export type Json = { [key: string]: unknown } | unknown[];
export const fixtureMessages: readonly Json[] = Object.values(flows as Record<string, Json[]>).flat();

/** Every value of fast-check's `anything`, including dates, maps, typed arrays and null prototypes. */
export const anyValue = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

function isContainer(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === null || proto === Object.prototype;
}

/** Paths (lists of keys) to every node of a message inside plain objects and arrays, the root excluded. */
export function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((key) => [
    [...at, key],
    ...pathsOf((value as Json)[key as never], [...at, key]),
  ]);
}

type Mutation = {
  readonly pick: number;
  readonly op: 'delete' | 'replace' | 'retype' | 'trap';
  readonly value: unknown;
};

function retype(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return { ...value };
  return value === null ? {} : [value];
}

/** Applies mutations at random depths to a copy of `message`. */
function mutate(message: Json, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(message);
  // A trapped getter throws when read, so at most one trap is set, after the other mutations.
  const traps = mutations.filter((step) => step.op === 'trap').slice(0, 1);
  for (const { pick, op, value } of [...mutations.filter((step) => step.op !== 'trap'), ...traps]) {
    const paths = pathsOf(copy);
    const path = paths[pick % paths.length];
    if (!path) continue;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key as never], copy) as {
      [key: string]: unknown;
    };
    const key = path[path.length - 1] as string;
    if (op === 'delete') delete parent[key];
    else if (op === 'replace') parent[key] = value;
    else if (op === 'retype') parent[key] = retype(parent[key]);
    else
      Object.defineProperty(parent, key, {
        enumerable: true,
        get: () => {
          throw new Error('trap');
        },
      });
  }
  return copy;
}

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'retype', 'trap'),
  value: anyValue,
}) as fc.Arbitrary<Mutation>;
export const mutatedMessage = fc
  .tuple(fc.constantFrom(...fixtureMessages), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([message, mutations]) => mutate(message, mutations));
/** A documented message with JSON extras added to its payload at random depths (mostly still valid). */
export const extendedMessage = fc
  .tuple(
    fc.constantFrom(...fixtureMessages),
    fc.array(fc.tuple(fc.nat(), fc.string(), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 3 }),
  )
  .map(([message, extras]) => {
    const copy = structuredClone(message);
    const targets = pathsOf(copy).filter((path) => path[0] === 'payload');
    for (const [pick, key, value] of extras) {
      const path = targets[pick % targets.length] ?? [];
      const target = path.reduce<unknown>((node, step) => (node as Json)[step as never], copy);
      if (isContainer(target) && !Array.isArray(target)) target[key] = value;
    }
    return copy;
  });
