import { REQUEST_COMMANDS, type RequestCommandType } from '../protocol/commands';
import type { BusEvent } from '../protocol/events';
import { errorMessage } from '../reducer/operations';
import type { RequestResult } from './types';

const ANSWER = /^(.+)_(FULFILLED|REJECTED)$/;

/** The request a `X_FULFILLED` / `X_REJECTED` event answers and how, or `undefined` for other events. */
export function answerOf(
  event: BusEvent,
): { readonly type: RequestCommandType; readonly result: RequestResult } | undefined {
  const match = ANSWER.exec(event.type);
  const type = REQUEST_COMMANDS.find((request) => request === match?.[1]);
  if (type === undefined) return undefined;
  const payload = 'payload' in event ? event.payload : undefined;
  if (match?.[2] === 'FULFILLED') return { type, result: { ok: true, payload } };
  return {
    type,
    result: { ok: false, error: errorMessage(payload as { error?: unknown } | undefined, 'rejected') },
  };
}

/** The promises of requests in flight, one per type (PROTOCOL.md section 1: no request id). */
export interface RequestTracker {
  /** Starts waiting for the answer of `type`; the promise settles once, through {@link settle}. */
  track(type: RequestCommandType): Promise<RequestResult>;
  /** Whether a request of `type` waits for its answer. */
  has(type: RequestCommandType): boolean;
  /** Settles the request of `type`; `false` when none was waiting. */
  settle(type: RequestCommandType, result: RequestResult): boolean;
  /** Settles every waiting request with the same failure (dispose). */
  failAll(error: string): void;
}

/** Creates an empty {@link RequestTracker}. */
export function createRequestTracker(): RequestTracker {
  const waiting = new Map<RequestCommandType, (result: RequestResult) => void>();
  const settle = (type: RequestCommandType, result: RequestResult): boolean => {
    const resolve = waiting.get(type);
    if (resolve === undefined) return false;
    waiting.delete(type);
    resolve(result);
    return true;
  };
  return {
    track(type) {
      settle(type, { ok: false, error: 'superseded' });
      return new Promise((resolve) => waiting.set(type, resolve));
    },
    has: (type) => waiting.has(type),
    settle,
    failAll(error) {
      for (const type of [...waiting.keys()]) settle(type, { ok: false, error });
    },
  };
}
