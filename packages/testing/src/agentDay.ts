import type { IncomingCallOptions } from '@dialer-kit/simulator';
import type { Agent } from './agents';
import type { FarSide } from './createTestBus';
import { TEST_CUSTOMER, TEST_TEAMMATES } from './testData';

/** Options of {@link agentDay}. */
export interface AgentDayOptions {
  /** The far side: a {@link TestBus}, or the bus page of `@dialer-kit/testing/playwright`. */
  readonly bus: FarSide;
  /** Who acts for the agent: {@link storeAgent}, {@link rolesAgent}, or the Playwright one. */
  readonly agent: Agent;
}

/** The agent's day as steps (the agent's and the far side's) and as whole journeys made of them. */
export interface AgentDay {
  /** The agent calls `to` (default {@link TEST_CUSTOMER}); the far side rings. */
  callsOut(to?: string): Promise<void>;
  /** The customer (or whoever rings) answers. */
  customerAnswers(): Promise<void>;
  nobodyAnswers(): Promise<void>;
  customerHangsUp(): Promise<void>;
  callDrops(): Promise<void>;
  /** A call is offered to the agent (default an external one from {@link TEST_CUSTOMER}). */
  callComesIn(options?: IncomingCallOptions): Promise<string>;
  accepts(): Promise<void>;
  rejects(): Promise<void>;
  holds(): Promise<void>;
  resumes(): Promise<void>;
  /** Starts a warm transfer to `to` (default the first teammate, `client:654321`). */
  transfersTo(to?: string): Promise<void>;
  transfereeAnswers(): Promise<void>;
  transfereeDeclines(): Promise<void>;
  swaps(): Promise<void>;
  merges(): Promise<void>;
  hangsUp(): Promise<void>;
  /** Picks the tags named `tagNames` in "Tag this call" and saves them. */
  tags(...tagNames: string[]): Promise<void>;
  /** Leaves the ended call ("Done"). */
  isDone(): Promise<void>;
  /** Simulated time passes (the bus's timers run: the end of after-call work). */
  timePasses(ms: number): Promise<void>;

  /** Journey: an outgoing call the customer answers; the agent talks with them. */
  outgoingCallAnswered(to?: string): Promise<void>;
  /** Journey: an incoming call of `options.type` (default external), accepted. */
  incomingCallAccepted(options?: IncomingCallOptions): Promise<void>;
  /** Journey: an incoming call, rejected: the desk is free again. */
  incomingCallRejected(options?: IncomingCallOptions): Promise<void>;
  /** Journey: an answered outgoing call put on hold and resumed. */
  callHeldAndResumed(to?: string): Promise<void>;
  /** Journey: an answered call transferred warm to `to`; the transferee answers and the calls are merged. */
  callTransferredAndMerged(to?: string): Promise<void>;
  /** Journey: an answered call that the agent hangs up; on a tagging line the bus waits for tags. */
  callEndsInTagging(to?: string): Promise<void>;
}

const teammate = (): string => `client:${TEST_TEAMMATES[0]?.id ?? 654321}`;

/**
 * Scenarios that read like the agent's day, against the far side of any bus and an agent acting through
 * the store, Testing Library, Storybook or Playwright. Each step resolves once its messages have arrived.
 * @example
 * const day = agentDay({ bus, agent: rolesAgent({ user, screen }) });
 * await day.callEndsInTagging();
 * await day.tags('Follow-up');
 */
export function agentDay({ bus, agent }: AgentDayOptions): AgentDay {
  const then = async (step: Promise<void>): Promise<void> => {
    await step;
    await bus.settle();
  };
  const day: AgentDay = {
    callsOut: (to = TEST_CUSTOMER) => then(agent.dial(to)),
    customerAnswers: () => bus.remoteAnswers(),
    nobodyAnswers: () => bus.remoteNoAnswer(),
    customerHangsUp: () => bus.remoteHangsUp(),
    callDrops: () => bus.dropCall(),
    callComesIn: (options) => bus.incomingCall(options),
    accepts: () => then(agent.accept()),
    rejects: () => then(agent.reject()),
    holds: () => then(agent.hold()),
    resumes: () => then(agent.resume()),
    transfersTo: (to = teammate()) => then(agent.startWarmTransfer(to)),
    transfereeAnswers: () => bus.transfereeAnswers(),
    transfereeDeclines: () => bus.transfereeDeclines(),
    swaps: () => then(agent.swap()),
    merges: () => then(agent.merge()),
    hangsUp: () => then(agent.hangUp()),
    tags: (...tagNames) => then(agent.tag(tagNames)),
    isDone: () => then(agent.done()),
    timePasses: (ms) => bus.advance(ms),

    async outgoingCallAnswered(to) {
      await day.callsOut(to);
      await day.customerAnswers();
    },
    async incomingCallAccepted(options) {
      await day.callComesIn(options);
      await day.accepts();
    },
    async incomingCallRejected(options) {
      await day.callComesIn(options);
      await day.rejects();
    },
    async callHeldAndResumed(to) {
      await day.outgoingCallAnswered(to);
      await day.holds();
      await day.resumes();
    },
    async callTransferredAndMerged(to) {
      await day.outgoingCallAnswered();
      await day.transfersTo(to);
      await day.transfereeAnswers();
      await day.merges();
    },
    async callEndsInTagging(to) {
      await day.outgoingCallAnswered(to);
      await day.hangsUp();
    },
  };
  return day;
}
