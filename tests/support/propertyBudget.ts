/**
 * How many cases the property tests (fast-check) run, and the time they may take.
 *
 * A normal run uses each test's own count, chosen so that every property file takes a few seconds even on
 * a busy 2-core machine. The soak run searches far deeper by setting `DIALER_KIT_PROPERTY_RUNS`:
 *
 *   DIALER_KIT_PROPERTY_RUNS=10000 pnpm exec vitest run --project core --project simulator
 */
const ENV = 'DIALER_KIT_PROPERTY_RUNS';

/** Vitest's own limit per test, kept for a normal run. */
const NORMAL_TIMEOUT_MS = 5_000;

function runsFromEnv(): number | undefined {
  const text = process.env[ENV];
  if (text === undefined || text === '') return undefined;
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) {
    throw new Error(`${ENV} must be a positive whole number of cases, not "${text}"`);
  }
  return runs;
}

/** The cases a property runs (`numRuns` for `fc.assert`) and the time limit of its test (ms). */
export interface PropertyBudget {
  readonly numRuns: number;
  readonly timeout: number;
}

/**
 * `normalRuns` cases within vitest's default 5 s, or, when `DIALER_KIT_PROPERTY_RUNS` is set, that many
 * cases with the time limit scaled up in proportion.
 * @example const { numRuns, timeout } = propertyBudget(200);
 */
export function propertyBudget(normalRuns: number): PropertyBudget {
  const numRuns = runsFromEnv() ?? normalRuns;
  return { numRuns, timeout: NORMAL_TIMEOUT_MS * Math.max(1, numRuns / normalRuns) };
}
