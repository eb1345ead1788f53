import type { SimulatorClock } from '@dialer-kit/simulator';

/**
 * The clock of a story's bus and store. While the story is seeded it runs ahead: as soon as nothing else
 * is left to do (the seed awaits), time jumps to the next task and runs it, so a seed that waits for a
 * held status or a command timeout takes no real time, yet everything happens in the order, and at the
 * clock times, it would in real time. Then `goLive` hands what is still scheduled to the platform timers
 * with the time it has left, and the clock moves with real time from there (render, `play`, axe).
 */
export interface StoryClock extends SimulatorClock {
  /** From now on time is real time; tasks still waiting keep the delay they have left. */
  goLive(): void;
  /** Cancels every task, scheduled or handed to the platform timers. */
  dispose(): void;
}

interface Task {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  /** The platform timer once live. */
  handle?: ReturnType<typeof setTimeout>;
}

/** Creates a {@link StoryClock} that starts now, running ahead until `goLive`. */
export function createStoryClock(): StoryClock {
  let virtualNow = Date.now();
  let live: { readonly realStart: number; readonly clockStart: number } | undefined;
  let disposed = false;
  let seq = 0;
  const tasks = new Set<Task>();
  // A message port runs the next task as a new macrotask (after the seed's promise callbacks), without
  // the 4 ms floor browsers put on nested `setTimeout(0)`.
  const channel = new MessageChannel();
  let pumping = false;

  const now = (): number =>
    live === undefined ? virtualNow : live.clockStart + (Date.now() - live.realStart);

  const next = (): Task | undefined => {
    let best: Task | undefined;
    for (const task of tasks) {
      if (!best || task.at < best.at || (task.at === best.at && task.seq < best.seq)) best = task;
    }
    return best;
  };

  const pump = (): void => {
    if (pumping || live !== undefined || disposed || tasks.size === 0) return;
    pumping = true;
    channel.port2.postMessage(undefined);
  };

  channel.port1.onmessage = () => {
    pumping = false;
    if (live !== undefined || disposed) return;
    const task = next();
    if (task === undefined) return;
    tasks.delete(task);
    virtualNow = Math.max(virtualNow, task.at);
    task.run();
    pump();
  };

  const arm = (task: Task): void => {
    task.handle = setTimeout(
      () => {
        tasks.delete(task);
        task.run();
      },
      Math.max(0, task.at - now()),
    );
  };

  return {
    now,
    schedule(delayMs, run) {
      const task: Task = { at: now() + Math.max(0, delayMs), seq: seq++, run };
      if (disposed) return () => undefined;
      tasks.add(task);
      if (live === undefined) pump();
      else arm(task);
      return () => {
        tasks.delete(task);
        if (task.handle !== undefined) clearTimeout(task.handle);
      };
    },
    goLive() {
      if (live !== undefined) return;
      live = { realStart: Date.now(), clockStart: virtualNow };
      // In time order: platform timers with equal delays run in the order they were set.
      const waiting = [...tasks].sort((a, b) => a.at - b.at || a.seq - b.seq);
      for (const task of waiting) arm(task);
    },
    dispose() {
      disposed = true;
      for (const task of tasks) if (task.handle !== undefined) clearTimeout(task.handle);
      tasks.clear();
      channel.port1.close();
    },
  };
}
