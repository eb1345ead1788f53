import { describe, expect, it } from 'vitest';
import type { RequestResult } from '../result';
import { createReplyWaiters } from './replyWaiters';

/** Timers run by hand: `fire()` runs the ones still set, each with its delay. */
function manualTimers() {
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let last = 0;
  return {
    set: (fn: () => void, ms: number): unknown => {
      last += 1;
      timers.set(last, { fn, ms });
      return last;
    },
    clear: (handle: unknown): void => {
      timers.delete(handle as number);
    },
    delays: () => [...timers.values()].map((timer) => timer.ms),
    fire: () => {
      for (const [handle, timer] of [...timers]) {
        timers.delete(handle);
        timer.fn();
      }
    },
  };
}

describe('createReplyWaiters', () => {
  it('gives each request its own id and settles it once, with the reply, and clears its timer', async () => {
    const timers = manualTimers();
    const replies = createReplyWaiters(timers.set, timers.clear, 10_000);
    const posted: number[] = [];
    const first = replies.wait((id) => posted.push(id));
    const second = replies.wait((id) => posted.push(id));
    expect(posted).toEqual([1, 2]);
    // The owner's own wait for the bus, and a margin for its reply to cross the channel.
    expect(timers.delays()).toEqual([12_000, 12_000]);
    const answer: RequestResult = { ok: true, payload: { tagIds: [101] } };
    replies.settle(2, answer);
    replies.settle(2, { ok: false, reason: 'timeout' });
    await expect(second).resolves.toEqual(answer);
    expect(timers.delays()).toEqual([12_000]);
    timers.fire();
    await expect(first).resolves.toEqual({ ok: false, reason: 'timeout' });
  });

  it('settles every waiting request with the reason the replies can no longer come', async () => {
    const timers = manualTimers();
    const replies = createReplyWaiters(timers.set, timers.clear, 5_000);
    const waits = [replies.wait(() => undefined), replies.wait(() => undefined)];
    replies.settleAll('reconnected');
    await expect(Promise.all(waits)).resolves.toEqual([
      { ok: false, reason: 'reconnected' },
      { ok: false, reason: 'reconnected' },
    ]);
    expect(timers.delays()).toEqual([]);
    // A reply that comes late settles nothing.
    replies.settle(1, { ok: true, payload: undefined });
  });
});
