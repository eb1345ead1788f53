// The scripted session every figure but the sizes is measured on: four kinds of call (inbound with hold,
// outbound on a line that demands tags, a warm transfer merged, a warm transfer declined) with teammate
// availability changes, played once against the simulated bus to record what the bus says, then replayed
// on the core's memory transport as many times as a figure needs, with fresh call ids each time.
import { type Agent, type BusTransport, createMemoryLink, startStore } from './kit/core';
import {
  CUSTOMER,
  createSimulatedFarSide,
  type FarSide,
  isCallSid,
  PLAIN_LINE,
  TAG_IDS,
  TAGGED_LINE,
  TEAMMATE,
} from './kit/simulator';

/** One agent verb and its arguments, as data. */
type AgentStep =
  | readonly ['dial', string, string]
  | readonly ['accept' | 'hangUp' | 'saveTags' | 'swap' | 'merge']
  | readonly ['hold' | 'mute', boolean]
  | readonly ['pickTags', readonly number[]]
  | readonly ['startWarmTransfer', string];

/** One far-side action. */
type FarStep = (far: FarSide) => boolean;

/** A step of the recorded session: the start of a call, an agent verb, or a message from the bus. */
type Step = { readonly call: number } | { readonly agent: AgentStep } | { readonly message: unknown };

/** A call, as the steps of the agent (arrays) and of the far side (functions), and the status it ends in. */
interface CallScript {
  readonly steps: readonly (AgentStep | FarStep)[];
  readonly ends: string;
}

const CALLS: readonly CallScript[] = [
  {
    // Inbound on the tagged line, held and resumed; the customer hangs up, the agent tags the call.
    steps: [
      (far) => far.incomingCall(TAGGED_LINE.id),
      ['accept'],
      ['hold', true],
      ['hold', false],
      (far) => far.teammateAvailability(0, true),
      (far) => far.remoteHangsUp(),
      ['pickTags', [TAG_IDS[1]]],
      ['saveTags'],
    ],
    ends: 'ended',
  },
  {
    // Outbound on the tagged line, muted and unmuted; the agent hangs up, picks two tags, saves them.
    steps: [
      ['dial', CUSTOMER, TAGGED_LINE.number],
      (far) => far.remoteAnswers(),
      ['mute', true],
      ['mute', false],
      ['hangUp'],
      ['pickTags', [TAG_IDS[0]]],
      ['pickTags', [TAG_IDS[0], TAG_IDS[1]]],
      ['saveTags'],
    ],
    ends: 'ended',
  },
  {
    // Inbound on the tagged line, a warm transfer to a teammate: answered, swapped twice, merged; tagged.
    steps: [
      (far) => far.incomingCall(TAGGED_LINE.id),
      ['accept'],
      (far) => far.teammateAvailability(1, true),
      ['startWarmTransfer', TEAMMATE],
      (far) => far.transfereeAnswers(),
      ['swap'],
      ['swap'],
      ['merge'],
      ['pickTags', [TAG_IDS[2]]],
      ['saveTags'],
    ],
    ends: 'ended',
  },
  {
    // Inbound on the plain line, a warm transfer the teammate declines; the agent hangs up.
    steps: [
      (far) => far.incomingCall(PLAIN_LINE.id),
      ['accept'],
      ['startWarmTransfer', TEAMMATE],
      (far) => far.transfereeDeclines(),
      (far) => far.teammateAvailability(0, false),
      (far) => far.teammateAvailability(1, false),
      ['hangUp'],
    ],
    ends: 'ended',
  },
];

/** Runs one verb; false when the kit refused it (`pickTags` sends nothing and is never refused). */
function apply(agent: Agent, [verb, ...args]: AgentStep): boolean {
  return (agent[verb] as (...values: unknown[]) => unknown)(...args) !== false;
}

/** The session as the bus played it: the bring-up, then one cycle of {@link CALLS}. */
export interface Trace {
  readonly prologue: readonly Step[];
  readonly cycle: readonly Step[];
}

/**
 * Plays {@link CALLS} once between a store and the simulated bus and records every step. Throws when the
 * bus refuses a step, the kit refuses a verb, or the kit and the bus disagree: the bench then measures a
 * session that really took place.
 */
export function recordTrace(): Trace {
  const link = createMemoryLink();
  const bus = createSimulatedFarSide();
  const kit = startStore(link.transport);
  const steps: Step[] = [];
  const settle = (): void => {
    for (;;) {
      for (const command of link.takeSent()) bus.receive(command);
      const messages = bus.run();
      if (messages.length === 0) return;
      for (const message of messages) {
        steps.push({ message });
        link.push(message);
      }
    }
  };
  settle();
  const prologue = steps.splice(0);
  CALLS.forEach((script, call) => {
    steps.push({ call });
    for (const step of script.steps) {
      const label = typeof step === 'function' ? String(step).replace(/\s+/g, ' ') : step.join(' ');
      let done: boolean;
      if (typeof step === 'function') done = step(bus.farSide);
      else {
        steps.push({ agent: step });
        done = apply(kit.agent, step);
      }
      if (!done) throw new Error(`call ${call}: "${label}" was refused (${kit.agent.status()})`);
      settle();
    }
    if (kit.agent.status() !== script.ends)
      throw new Error(`call ${call} ended as ${kit.agent.status()}, not ${script.ends}`);
  });
  const complaints = kit.complaintsSeen();
  const recent = kit.agent.complaints();
  kit.dispose();
  if (complaints > 0) throw new Error(`the kit complained ${complaints} times: ${recent.join('; ')}`);
  return { prologue, cycle: steps };
}

/** Rewrites a recorded message for cycle `n`: fresh call sids, and availability clocks moved on. */
function forCycle(n: number, span: number): (value: unknown, key?: string) => unknown {
  const prefix = n.toString(16).padStart(8, '0');
  const rewrite = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return isCallSid(value) ? `CA${prefix}${value.slice(10)}` : value;
    if (typeof value === 'number') return key === 'updatedAt' ? value + n * span : value;
    if (Array.isArray(value)) return value.map((item) => rewrite(item));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
    return value;
  };
  return rewrite;
}

/** How far apart the availability clocks of two cycles are: more than one cycle spans. */
function updatedAtSpan(trace: Trace): number {
  const stamps = JSON.stringify(trace.cycle)
    .match(/"updatedAt":\d+/g)
    ?.map((field) => Number(field.slice('"updatedAt":'.length)));
  if (stamps === undefined) return 0;
  return Math.max(...stamps) - Math.min(...stamps) + 1;
}

/** How a replay hands the session to the kit. */
export interface ReplayDriver {
  /** The store's verbs (a bare store, or the one a provider made). */
  readonly agent: Agent;
  /** Hands one message to the kit (`push` is the transport's); a page waits until it is shown. */
  deliver(message: unknown, push: (message: unknown) => void): void | Promise<void>;
  /** After each agent verb: a page lets React commit it. */
  afterVerb?(): void | Promise<void>;
  /** Before call `n` (0-based) starts. */
  beforeCall?(n: number): void | Promise<void>;
}

/** What a replay did. */
export interface ReplayStats {
  readonly calls: number;
  readonly messages: number;
  readonly verbs: number;
}

/** A memory transport for the kit, and a replay of the recorded session through it. */
export interface Replay {
  readonly transport: BusTransport;
  /** Plays the bring-up, then calls until `calls` calls or `messages` messages were played. */
  run(
    driver: ReplayDriver,
    until: { readonly calls?: number; readonly messages?: number },
  ): Promise<ReplayStats>;
}

/** Prepares a replay of `trace` on a fresh memory transport. */
export function createReplay(trace: Trace): Replay {
  const link = createMemoryLink();
  const span = updatedAtSpan(trace);
  return {
    transport: link.transport,
    async run(driver, until) {
      const maxCalls = until.calls ?? Number.POSITIVE_INFINITY;
      const maxMessages = until.messages ?? Number.POSITIVE_INFINITY;
      let calls = 0;
      let messages = 0;
      let verbs = 0;
      const play = async (step: Step, rewrite: (value: unknown) => unknown): Promise<boolean> => {
        if ('call' in step) {
          if (calls >= maxCalls) return false;
          await driver.beforeCall?.(calls);
          calls += 1;
        } else if ('agent' in step) {
          const verb = rewrite(step.agent) as AgentStep;
          if (!apply(driver.agent, verb))
            throw new Error(
              `the kit refused "${verb.join(' ')}" in call ${calls} (${driver.agent.status()})`,
            );
          // What the kit sends is not answered: the recorded answers follow in the trace.
          link.takeSent();
          verbs += 1;
          await driver.afterVerb?.();
        } else {
          if (messages >= maxMessages) return false;
          await driver.deliver(rewrite(step.message), link.push);
          link.takeSent();
          messages += 1;
        }
        return true;
      };
      const first = forCycle(0, span);
      for (const step of trace.prologue) await play(step, first);
      for (let cycle = 0; ; cycle += 1) {
        const rewrite = forCycle(cycle, span);
        for (const step of trace.cycle) {
          if (!(await play(step, rewrite))) return { calls, messages, verbs };
        }
      }
    },
  };
}

/**
 * Checks a replay end to end on a bare store: no complaint from the kit over `calls` calls. Returns the
 * number of messages played.
 */
export async function checkReplay(trace: Trace, calls: number): Promise<ReplayStats> {
  const replay = createReplay(trace);
  const kit = startStore(replay.transport);
  const stats = await replay.run({ agent: kit.agent, deliver: (message, push) => push(message) }, { calls });
  const complaints = kit.complaintsSeen();
  const recent = kit.agent.complaints();
  kit.dispose();
  if (complaints > 0)
    throw new Error(`the replay made the kit complain ${complaints} times: ${recent.join('; ')}`);
  return stats;
}

/** The bus messages of the bring-up and of the first `calls` calls of the replayed session, in order. */
export function sessionMessages(trace: Trace, calls: number): unknown[] {
  const span = updatedAtSpan(trace);
  const messages = trace.prologue.flatMap((step) => ('message' in step ? [step.message] : []));
  const perCycle = trace.cycle.filter((step) => 'call' in step).length;
  for (let cycle = 0; cycle * perCycle < calls; cycle += 1) {
    const rewrite = forCycle(cycle, span);
    for (const step of trace.cycle) if ('message' in step) messages.push(rewrite(step.message));
  }
  return messages;
}
