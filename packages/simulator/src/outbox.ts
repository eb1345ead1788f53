import type { SimulatorClock } from './clock';

/** The ordered, delayed channel from the simulated bus to its listeners. */
export interface Outbox {
  /** Queues `message` for delivery `delayMs` after the previous one (or now): order is always kept. */
  push(message: unknown, delayMs: number): void;
  /** Fault: the next pushed message is delivered twice. */
  duplicateNext(): void;
  /** Fault: the next pushed message is delivered after the one that follows it. */
  reorderNext(): void;
  /** Drops everything not yet delivered (bus restart). */
  clear(): void;
  subscribe(listener: (message: unknown) => void): () => void;
}

/** How long a message held back by `reorderNext` waits for a successor before going out alone. */
const REORDER_WAIT_MS = 1000;

/** Creates an {@link Outbox}; each listener receives its own structured clone, as `postMessage` would give. */
export function createOutbox(clock: SimulatorClock): Outbox {
  const listeners = new Set<(message: unknown) => void>();
  let queue: { readonly at: number; readonly message: unknown }[] = [];
  let lastAt = Number.NEGATIVE_INFINITY;
  let cancelPump: (() => void) | undefined;
  let duplicates = 0;
  let reorders = 0;
  let held: { readonly message: unknown; readonly delayMs: number; readonly cancel: () => void } | undefined;

  const deliverDue = (): void => {
    cancelPump = undefined;
    while (queue[0] && queue[0].at <= clock.now()) {
      const { message } = queue[0];
      queue = queue.slice(1);
      for (const listener of [...listeners]) listener(structuredClone(message));
    }
    pump();
  };
  function pump(): void {
    const head = queue[0];
    if (!head || cancelPump) return;
    cancelPump = clock.schedule(head.at - clock.now(), deliverDue);
  }
  const enqueue = (message: unknown, delayMs: number): void => {
    const at = Math.max(clock.now(), lastAt) + Math.max(0, delayMs);
    lastAt = at;
    queue.push({ at, message });
    pump();
  };
  const releaseHeld = (): void => {
    if (!held) return;
    const { message, delayMs } = held;
    held = undefined;
    enqueue(message, delayMs);
  };

  return {
    push(original, delayMs) {
      // Cloned now: later changes to the bus state must not alter what was already sent.
      const message = structuredClone(original);
      if (held) {
        held.cancel();
        const previous = held;
        held = undefined;
        enqueue(message, delayMs);
        enqueue(previous.message, previous.delayMs);
        return;
      }
      if (reorders > 0) {
        reorders -= 1;
        held = { message, delayMs, cancel: clock.schedule(REORDER_WAIT_MS, releaseHeld) };
        return;
      }
      enqueue(message, delayMs);
      if (duplicates > 0) {
        duplicates -= 1;
        enqueue(message, 0);
      }
    },
    duplicateNext: () => {
      duplicates += 1;
    },
    reorderNext: () => {
      reorders += 1;
    },
    clear() {
      queue = [];
      cancelPump?.();
      cancelPump = undefined;
      held?.cancel();
      held = undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
