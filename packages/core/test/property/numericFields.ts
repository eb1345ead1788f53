import type * as v from 'valibot';

/** A valibot schema as walked here: the fields each kind of schema nests others in. */
interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly entries?: { readonly [key: string]: SchemaNode };
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly pipe?: readonly SchemaNode[];
}

/**
 * Paths to every number a schema declares, `*` standing for any array index or record key, e.g.
 * `payload.metadata.participants.*.user.id`.
 */
export function numericPaths(schema: v.GenericSchema, root: string): string[] {
  const paths = new Set<string>();
  const walk = (node: SchemaNode, at: string): void => {
    if (node.type === 'number') paths.add(at);
    for (const step of node.pipe ?? []) if (step !== node && step.kind === 'schema') walk(step, at);
    for (const [key, entry] of Object.entries(node.entries ?? {})) walk(entry, `${at}.${key}`);
    if (node.wrapped) walk(node.wrapped, at);
    if (node.item) walk(node.item, `${at}.*`);
    if (node.type === 'record' && node.value) walk(node.value, `${at}.*`);
    for (const option of node.options ?? []) walk(option, at);
  };
  walk(schema as unknown as SchemaNode, root);
  return [...paths];
}

type Node = { [key: string]: unknown } | unknown[];

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/**
 * The concrete paths in `value` that a pattern of {@link numericPaths} names, each `*` expanded over the
 * keys present there; a pattern whose fields are absent from `value` names none.
 */
export function concretePaths(value: unknown, pattern: string): string[][] {
  let found: string[][] = [[]];
  let nodes: unknown[] = [value];
  for (const step of pattern.split('.')) {
    const next: { path: string[]; node: unknown }[] = [];
    nodes.forEach((node, index) => {
      if (!isNode(node)) return;
      const keys = step === '*' ? Object.keys(node) : Object.hasOwn(node, step) ? [step] : [];
      for (const key of keys) {
        next.push({ path: [...(found[index] ?? []), key], node: (node as Record<string, unknown>)[key] });
      }
    });
    found = next.map((item) => item.path);
    nodes = next.map((item) => item.node);
  }
  return found;
}

/** A copy of `value` with the node at `path` replaced by `replacement`. */
export function replacedAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  (parent as Record<string, unknown>)[path.at(-1) as string] = replacement;
  return copy;
}
