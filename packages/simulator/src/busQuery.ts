import { DEFAULT_SETTINGS, type SimulatorSettingsInput } from './settings';

/**
 * The simulator settings a page's query string may carry: `session=restored|none`, `latency=<ms>`,
 * `tagging=mandatory` (every line's calls must be tagged) and `wrapup=<s>`. The bus page reads them, and a
 * page that embeds it (the agent-desktop demo) forwards its own; `undefined`: not given, or not valid.
 */
export interface BusQuery {
  readonly session: 'restored' | 'none' | undefined;
  readonly latencyMs: number | undefined;
  readonly mandatoryTagging: boolean;
  readonly wrapUpSeconds: number | undefined;
}

const nonNegative = (text: string | null, integer: boolean): number | undefined => {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  const valid = integer ? Number.isInteger(value) : Number.isFinite(value);
  return valid && value >= 0 ? value : undefined;
};

/** Reads a {@link BusQuery}; an invalid value counts as absent. */
export function parseBusQuery(params: URLSearchParams): BusQuery {
  const session = params.get('session');
  return {
    session: session === 'restored' || session === 'none' ? session : undefined,
    latencyMs: nonNegative(params.get('latency'), false),
    mandatoryTagging: params.get('tagging') === 'mandatory',
    wrapUpSeconds: nonNegative(params.get('wrapup'), true),
  };
}

/** Writes `query` into `params` (the inverse of {@link parseBusQuery}), leaving other parameters alone. */
export function writeBusQuery(query: BusQuery, params: URLSearchParams): void {
  if (query.session !== undefined) params.set('session', query.session);
  if (query.latencyMs !== undefined) params.set('latency', String(query.latencyMs));
  if (query.mandatoryTagging) params.set('tagging', 'mandatory');
  if (query.wrapUpSeconds !== undefined) params.set('wrapup', String(query.wrapUpSeconds));
}

/** The `createSimulatedBus` settings a {@link BusQuery} asks for (only what it gives). */
export function busQuerySettings(query: BusQuery): SimulatorSettingsInput {
  return {
    ...(query.session === undefined ? {} : { session: query.session }),
    ...(query.latencyMs === undefined ? {} : { latencyMs: query.latencyMs }),
    ...(query.wrapUpSeconds === undefined ? {} : { wrapUpSeconds: query.wrapUpSeconds }),
    ...(query.mandatoryTagging
      ? { lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true })) }
      : {}),
  };
}
