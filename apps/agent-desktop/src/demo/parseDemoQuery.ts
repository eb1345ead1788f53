/** Where the agent desktop gets its bus: the in-process simulator, or the bus-simulator page in an iframe. */
export type DemoMode = 'memory' | 'frame';

/** The demo's settings, read from the page's query string (see the README). */
export interface DemoQuery {
  readonly mode: DemoMode;
  /** `restored`: logged in at once; `none`: the page shows a login form. */
  readonly session: 'restored' | 'none';
  /** Simulator latency, ms. */
  readonly latencyMs: number;
  /** Every line's ended calls must be tagged (`tagging=mandatory`); by default only "Support UK". */
  readonly mandatoryTagging: boolean;
  /** After-call work length, seconds (`wrapup=<s>`); `undefined`: the simulator's default. */
  readonly wrapUpSeconds: number | undefined;
  /** The bus page (frame mode): an http(s) URL. */
  readonly busUrl: URL;
}

/** The bus page's address when `busUrl` is absent: another port, so another origin. */
export const DEFAULT_BUS_URL = 'http://127.0.0.1:5174/';

/** Latency when the query names none: slow enough to see each state go by. */
export const DEFAULT_LATENCY_MS = 150;

const nonNegative = (text: string | null): number | undefined => {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

// Only http(s): a `javascript:` or `data:` URL in the iframe would run script in this page's origin.
const httpUrl = (text: string | null): URL | undefined => {
  if (text === null) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads the demo's query parameters (`bus`, `busUrl`, `session`, `latency`, `tagging`, `wrapup`); anything
 * missing or invalid falls back to its default.
 * @example parseDemoQuery('?bus=frame&session=none').mode // 'frame'
 */
export function parseDemoQuery(search: string): DemoQuery {
  const params = new URLSearchParams(search);
  return {
    mode: params.get('bus') === 'frame' ? 'frame' : 'memory',
    session: params.get('session') === 'none' ? 'none' : 'restored',
    latencyMs: nonNegative(params.get('latency')) ?? DEFAULT_LATENCY_MS,
    mandatoryTagging: params.get('tagging') === 'mandatory',
    wrapUpSeconds: nonNegative(params.get('wrapup')),
    busUrl: httpUrl(params.get('busUrl')) ?? new URL(DEFAULT_BUS_URL),
  };
}

/** The bus page's URL for the iframe, carrying the demo's session, tagging, latency and wrap-up. */
export function busFrameUrl(query: DemoQuery): URL {
  const url = new URL(query.busUrl);
  url.searchParams.set('session', query.session);
  url.searchParams.set('latency', String(query.latencyMs));
  if (query.mandatoryTagging) url.searchParams.set('tagging', 'mandatory');
  if (query.wrapUpSeconds !== undefined) url.searchParams.set('wrapup', String(query.wrapUpSeconds));
  return url;
}

/** This page's address in the other mode, keeping the other parameters (`busUrl` too, for the way back). */
export function switchModeHref(href: string, to: DemoMode): string {
  const url = new URL(href);
  if (to === 'frame') url.searchParams.set('bus', 'frame');
  else url.searchParams.delete('bus');
  return url.href;
}
