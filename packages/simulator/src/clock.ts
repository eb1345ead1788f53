/** The time source and scheduler of the simulated bus. */
export interface SimulatorClock {
  /** Current time, in ms since epoch. */
  now(): number;
  /** Runs `task` after `delayMs`; returns a function that cancels it. */
  schedule(delayMs: number, task: () => void): () => void;
}

/** A clock that moves only when told: for deterministic tests. */
export interface ManualClock extends SimulatorClock {
  /** Moves time forward by `ms`, running every task that falls due, in time order. */
  advance(ms: number): void;
  /** Runs every pending task in time order, moving time to each; returns how many ran. */
  flush(): number;
  /** How many tasks wait. */
  pending(): number;
}

interface Task {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
}

/** A flush that runs more tasks than this is looping (a task that always schedules another). */
const FLUSH_LIMIT = 100_000;

/** Creates a {@link ManualClock} starting at `startMs`. */
export function createManualClock(startMs = 0): ManualClock {
  let now = startMs;
  let seq = 0;
  let tasks: Task[] = [];

  const next = (until: number): Task | undefined => {
    let best: Task | undefined;
    for (const task of tasks) {
      if (task.at > until) continue;
      if (!best || task.at < best.at || (task.at === best.at && task.seq < best.seq)) best = task;
    }
    return best;
  };

  const runUntil = (until: number): number => {
    let ran = 0;
    for (let task = next(until); task; task = next(until)) {
      const current = task;
      tasks = tasks.filter((t) => t !== current);
      now = Math.max(now, current.at);
      current.run();
      ran += 1;
      if (ran > FLUSH_LIMIT) throw new Error(`Simulator clock: more than ${FLUSH_LIMIT} tasks in one run`);
    }
    return ran;
  };

  return {
    now: () => now,
    schedule(delayMs, run) {
      const task: Task = { at: now + Math.max(0, delayMs), seq: seq++, run };
      tasks.push(task);
      return () => {
        tasks = tasks.filter((t) => t !== task);
      };
    },
    advance(ms) {
      const target = now + Math.max(0, ms);
      runUntil(target);
      now = target;
    },
    flush: () => runUntil(Number.POSITIVE_INFINITY),
    pending: () => tasks.length,
  };
}

/** Creates a clock on the platform timers (`setTimeout`, `Date.now`): works in a page and in Node. */
export function createRealClock(): SimulatorClock {
  return {
    now: () => Date.now(),
    schedule(delayMs, task) {
      const handle = setTimeout(task, Math.max(0, delayMs));
      return () => clearTimeout(handle);
    },
  };
}
