import type { TabChannel, TabLocks } from './tabChannel';

/** A tab's part: `electing` until it knows, then the one `owner` of the bus or a `follower` mirroring it. */
export type TabRole = 'electing' | 'owner' | 'follower';

/** Options of {@link createTabElection}. */
export interface TabElectionOptions {
  /** The lock's (and the fallback channel's) name, shared by the tabs that elect one owner. */
  readonly name: string;
  /** Web Locks; without them the election runs over `channel` with heartbeats. */
  readonly locks: TabLocks | undefined;
  /** The fallback's channel (used only without `locks`). */
  readonly channel: TabChannel | undefined;
  /** This tab's id (the fallback's tie-break: the smallest id wins). */
  readonly tabId: string;
  /** Fallback only: the owner's heartbeat period (ms, default 500); silent for 3 periods, it is gone. */
  readonly heartbeatMs?: number;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** The election of one tab: its role, changes of it, and the agent's "Use this tab". */
export interface TabElection {
  role(): TabRole;
  /** Called after every change of role. Returns an unsubscribe function. */
  subscribe(listener: (role: TabRole) => void): () => void;
  /** Makes this tab the owner (the current owner becomes a follower). */
  takeOver(): void;
  /** Leaves the election: ownership, if held, passes to another tab. */
  close(): void;
}

type Beat = { readonly kind: 'beat' | 'claim' | 'resign' | 'yield'; readonly from: string };
const BEAT_KINDS = new Set(['beat', 'claim', 'resign', 'yield']);

const isBeat = (message: unknown): message is Beat => {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, from } = message as Record<string, unknown>;
  return BEAT_KINDS.has(kind as string) && typeof from === 'string';
};

/**
 * Elects one owner among the tabs of one origin. With Web Locks, the owner is the tab holding the
 * exclusive lock `name`: the others queue for it, so when the owner closes or crashes the browser hands it
 * to the next one; "Use this tab" steals it. Without Web Locks, the owner posts a heartbeat on `channel`;
 * a tab that hears none for three periods posts a claim and owns the bus one period later unless it heard
 * a claim of a smaller id or a heartbeat; of two owners (a claim lost) the one with the smaller id stays.
 */
export function createTabElection(options: TabElectionOptions): TabElection {
  const listeners = new Set<(role: TabRole) => void>();
  let role: TabRole = 'electing';
  let closed = false;
  const setRole = (next: TabRole): void => {
    if (closed || next === role) return;
    role = next;
    for (const listener of [...listeners]) listener(next);
  };
  const parts = options.locks
    ? lockElection(options.locks, options.name, setRole, () => closed)
    : beatElection(options, setRole, () => role);
  return {
    role: () => role,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    takeOver: () => {
      if (!closed && role !== 'owner') parts.takeOver();
    },
    close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      parts.close();
    },
  };
}

interface ElectionParts {
  takeOver(): void;
  close(): void;
}

function lockElection(
  locks: TabLocks,
  name: string,
  setRole: (role: TabRole) => void,
  isClosed: () => boolean,
): ElectionParts {
  let release: (() => void) | undefined;
  let queued: AbortController | undefined;
  // Each request belongs to one generation: the end of a superseded one (aborted for a steal) is ignored.
  let generation = 0;

  const hold = (): Promise<void> => {
    setRole('owner');
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  const ended = (mine: number) => (): void => {
    if (mine !== generation || isClosed()) return;
    // Released or stolen: this tab follows and queues again.
    release = undefined;
    setRole('follower');
    queue();
  };
  const queue = (): void => {
    generation += 1;
    const controller = new AbortController();
    queued = controller;
    const mine = generation;
    void locks.request(name, { signal: controller.signal }, hold).then(ended(mine), ended(mine));
  };

  generation += 1;
  const first = generation;
  void locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock !== null) return hold();
      setRole('follower');
      return undefined;
    })
    .then(ended(first), ended(first));

  return {
    takeOver() {
      generation += 1;
      const mine = generation;
      queued?.abort();
      queued = undefined;
      void locks.request(name, { steal: true }, hold).then(ended(mine), ended(mine));
    },
    close() {
      generation += 1;
      queued?.abort();
      release?.();
    },
  };
}

function beatElection(
  options: TabElectionOptions,
  setRole: (role: TabRole) => void,
  role: () => TabRole,
): ElectionParts {
  const { channel, tabId, setTimeout, clearTimeout } = options;
  const period = options.heartbeatMs ?? 500;
  let timer: unknown;
  const post = (kind: Beat['kind']): void => channel?.post({ kind, from: tabId } satisfies Beat);

  const schedule = (ms: number, fn: () => void): void => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  const beat = (): void => {
    post('beat');
    schedule(period, beat);
  };
  const own = (): void => {
    setRole('owner');
    beat();
  };
  let claiming = false;
  const claim = (): void => {
    claiming = true;
    post('claim');
    schedule(period, () => {
      claiming = false;
      own();
    });
  };
  // Silent owner: claim after three periods.
  const watch = (ms = 3 * period): void => {
    claiming = false;
    schedule(ms, claim);
  };

  const stop = channel?.listen((message) => {
    if (!isBeat(message) || message.from === tabId) return;
    if (message.kind === 'beat') {
      // Another owner: the smaller id stays owner, the other follows.
      if (role() === 'owner' && tabId < message.from) return;
      setRole('follower');
      watch();
    } else if (message.kind === 'claim') {
      // Of two claims the smaller id goes on; an owner answers with its heartbeat.
      if (role() === 'owner') post('beat');
      else if (claiming && message.from < tabId) watch();
    } else if (message.kind === 'resign') {
      // The owner left: claim after one period (two claims are settled by the heartbeats, as above).
      if (role() !== 'owner') watch(period);
    } else if (role() === 'owner') {
      setRole('follower');
      watch();
    }
  });
  // A new tab listens one period for an owner's heartbeat before it claims.
  watch(period);

  return {
    takeOver() {
      post('yield');
      own();
    },
    close() {
      clearTimeout(timer);
      if (role() === 'owner') post('resign');
      stop?.();
    },
  };
}
