import type { RequestResult } from '../result';

/** How long past the request timeout a follower waits for the owner's reply. */
const REPLY_MARGIN_MS = 2_000;

/** The owner's replies a follower tab awaits, by request id. */
export interface ReplyWaiters {
  /** Gives a new request id to `post` (which sends the request) and waits for its reply, or the timeout. */
  wait(post: (id: number) => void): Promise<RequestResult>;
  /** Settles the request `id` with the owner's `result` (nothing when it settled already). */
  settle(id: number, result: RequestResult): void;
  /** Settles every request still waiting: the owner's replies can no longer come. */
  settleAll(reason: 'reconnected' | 'closed'): void;
}

/**
 * Each request settles once: with the owner's reply, `timeout` a margin after `requestTimeoutMs` (the owner's
 * own wait for the bus), or `settleAll`'s reason.
 */
export function createReplyWaiters(
  setTimer: (fn: () => void, ms: number) => unknown,
  clearTimer: (handle: unknown) => void,
  requestTimeoutMs: number,
): ReplyWaiters {
  const waiting = new Map<number, { settle: (result: RequestResult) => void; timer: unknown }>();
  let lastId = 0;
  const settle = (id: number, result: RequestResult): void => {
    const entry = waiting.get(id);
    if (entry === undefined) return;
    waiting.delete(id);
    clearTimer(entry.timer);
    entry.settle(result);
  };
  return {
    wait(post) {
      lastId += 1;
      const id = lastId;
      return new Promise<RequestResult>((resolve) => {
        waiting.set(id, {
          settle: resolve,
          timer: setTimer(
            () => settle(id, { ok: false, reason: 'timeout' }),
            requestTimeoutMs + REPLY_MARGIN_MS,
          ),
        });
        post(id);
      });
    },
    settle,
    settleAll(reason) {
      for (const id of [...waiting.keys()]) settle(id, { ok: false, reason });
    },
  };
}
