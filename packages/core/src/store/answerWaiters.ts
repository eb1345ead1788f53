import type { RequestCommandType } from '../protocol/commands';
import type { RequestResult } from '../result';

/**
 * The callers' promises of requests in flight. Not a record of what is in flight (the state's `requests`
 * is): only the continuations the reducer's `settle` effects resolve, each matched by type and send time.
 */
export interface AnswerWaiters {
  /** A promise for the answer of the request of `type` sent at `sentAt`. */
  wait(type: RequestCommandType, sentAt: number): Promise<RequestResult>;
  /** Resolves the promise of that request, if a caller waits for it. */
  settle(type: RequestCommandType, sentAt: number, result: RequestResult): void;
}

/** Creates an empty {@link AnswerWaiters}. */
export function createAnswerWaiters(): AnswerWaiters {
  const waiting = new Map<
    RequestCommandType,
    { readonly sentAt: number; resolve(result: RequestResult): void }
  >();
  const settle: AnswerWaiters['settle'] = (type, sentAt, result) => {
    const waiter = waiting.get(type);
    if (waiter?.sentAt !== sentAt) return;
    waiting.delete(type);
    waiter.resolve(result);
  };
  return {
    wait(type, sentAt) {
      // The guarded paths send no request of a type still in flight; should one slip through, the older
      // caller still gets an answer.
      const older = waiting.get(type);
      if (older !== undefined) settle(type, older.sentAt, { ok: false, reason: 'superseded' });
      return new Promise((resolve) => waiting.set(type, { sentAt, resolve }));
    },
    settle,
  };
}
