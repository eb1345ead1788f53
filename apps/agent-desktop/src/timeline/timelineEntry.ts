import type { Diagnostic, TrafficEntry } from '@dialer-kit/core';

/** One line of the event timeline: a bus message in or out, or a diagnostic of the kit. */
export type TimelineEntry =
  | {
      readonly id: number;
      readonly kind: 'message';
      readonly at: number;
      readonly direction: 'in' | 'out';
      /** The message's `type`, or `(no type)`. */
      readonly type: string;
      /** Inbound only: whether the kit accepted it. */
      readonly accepted: boolean | undefined;
      readonly error: string | undefined;
      readonly message: unknown;
    }
  | {
      readonly id: number;
      readonly kind: 'diagnostic';
      readonly at: number;
      /** `diagnostic:<code>`, so diagnostics can be filtered like message types. */
      readonly type: string;
      readonly diagnostic: Diagnostic;
    };

/** How many characters of a message type (or a diagnostic's text) a timeline line shows. */
export const TYPE_LIMIT = 120;

/** `text` cut to `limit` characters, marked with an ellipsis when cut. */
export function clipText(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}

/** The `type` of an untrusted message (cut to {@link TYPE_LIMIT}), `(no type)` when it has no string one. */
export function messageType(message: unknown): string {
  if (typeof message !== 'object' || message === null || !('type' in message)) return '(no type)';
  return typeof message.type === 'string' ? clipText(message.type, TYPE_LIMIT) : '(no type)';
}

/** A timeline entry for a message the store sent or received. */
export function fromTraffic(traffic: TrafficEntry, id: number): TimelineEntry {
  const inbound = traffic.direction === 'in';
  return {
    id,
    kind: 'message',
    at: traffic.at,
    direction: traffic.direction,
    type: messageType(traffic.message),
    accepted: inbound ? traffic.accepted : undefined,
    error: inbound ? traffic.error : undefined,
    message: traffic.message,
  };
}

/** A timeline entry for a diagnostic. */
export function fromDiagnostic(diagnostic: Diagnostic, id: number): TimelineEntry {
  return { id, kind: 'diagnostic', at: diagnostic.at, type: `diagnostic:${diagnostic.code}`, diagnostic };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Local time of day as `HH:MM:SS.mmm`. */
export function formatTime(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** `at` as an ISO timestamp for `<time dateTime>`, `undefined` when it is no valid time (toISOString throws). */
export function isoTime(at: number): string | undefined {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The entry's verdict in words: `accepted`, `rejected` (with its error), or nothing for outbound. */
export function verdict(entry: TimelineEntry): string | undefined {
  if (entry.kind !== 'message' || entry.accepted === undefined) return undefined;
  if (entry.accepted) return 'accepted';
  return entry.error === undefined ? 'rejected' : `rejected: ${entry.error}`;
}
