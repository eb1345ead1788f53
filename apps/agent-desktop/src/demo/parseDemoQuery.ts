import { type BusQuery, parseBusQuery, writeBusQuery } from '@dialer-kit/simulator';

/** Where the agent desktop gets its bus: the in-process simulator, or the bus-simulator page in an iframe. */
export type DemoMode = 'memory' | 'frame';

/**
 * The demo's settings, read from the page's query string (see the README): the bus's own (`session`,
 * `latency`, `tagging`, `wrapup`: {@link BusQuery}), which frame mode forwards to the bus page, and the mode.
 */
export interface DemoQuery extends BusQuery {
  readonly mode: DemoMode;
  /** `restored`: logged in at once; `none`: the page shows a login form. */
  readonly session: 'restored' | 'none';
  /** Simulator latency, ms. */
  readonly latencyMs: number;
  /** The bus page (frame mode): an http(s) URL. */
  readonly busUrl: URL;
}

/** The bus page's address when `busUrl` is absent: another port, so another origin. */
const DEFAULT_BUS_URL = 'http://127.0.0.1:5174/';

/** Latency when the query names none: slow enough to see each state go by. */
export const DEFAULT_LATENCY_MS = 150;

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
  const bus = parseBusQuery(params);
  return {
    ...bus,
    mode: params.get('bus') === 'frame' ? 'frame' : 'memory',
    session: bus.session ?? 'restored',
    latencyMs: bus.latencyMs ?? DEFAULT_LATENCY_MS,
    busUrl: httpUrl(params.get('busUrl')) ?? new URL(DEFAULT_BUS_URL),
  };
}

/** The bus page's URL for the iframe, carrying the demo's session, tagging, latency and wrap-up. */
export function busFrameUrl(query: DemoQuery): URL {
  const url = new URL(query.busUrl);
  writeBusQuery(query, url.searchParams);
  return url;
}

/** This page's address in the other mode, keeping the other parameters (`busUrl` too, for the way back). */
export function switchModeHref(href: string, to: DemoMode): string {
  const url = new URL(href);
  if (to === 'frame') url.searchParams.set('bus', 'frame');
  else url.searchParams.delete('bus');
  return url.href;
}
