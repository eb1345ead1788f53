// Statistics and timing shared by the Node and the Chromium measurements. No kit code here.

/** The value below which `q` (0..1) of `values` lie (nearest rank); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median of `values`. */
const median = (values: readonly number[]): number => quantile(values, 0.5);

/** One figure: `BENCH <name> <value> <unit>` once printed, plus the spread of its repeats when it has some. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Every repeat's value, when the figure is the median of several. */
  readonly runs?: readonly number[];
}

/** A figure that is the median of `runs`. */
export function medianFigure(name: string, runs: readonly number[], unit: string): Figure {
  return { name, value: median(runs), unit, runs };
}

/**
 * Times `pass` (one pass over a workload of `items` items): repeats it until at least `minMs` went by, and
 * returns items per second.
 */
export function rate(pass: () => unknown, items: number, minMs: number): number {
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    passes += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (items * passes * 1000) / elapsed;
}

/**
 * Runs every subject once per round, in turn, `rounds` times (so each is measured next to the others under
 * the same load), and returns each subject's values by name.
 */
export function interleave<T>(
  rounds: number,
  subjects: Readonly<Record<string, () => T>>,
): Record<string, T[]> {
  const values: Record<string, T[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, measure] of Object.entries(subjects)) values[name]?.push(measure());
  }
  return values;
}

/** The floor every throughput is compared with: the message as given, spread into a new state, a listener called. */
export function createFloor(): (message: unknown) => void {
  let state: { readonly last: unknown; readonly count: number } = { last: undefined, count: 0 };
  let seen = 0;
  const listener = (next: typeof state): void => {
    if (next.count > seen) seen = next.count;
  };
  return (message) => {
    state = { ...state, last: message, count: state.count + 1 };
    listener(state);
  };
}
