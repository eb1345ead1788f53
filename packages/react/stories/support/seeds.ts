import { type BusEventType, type IncomingType, type Result, selectOfferedCall } from '@dialer-kit/core';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { StoryKit } from './createStoryKit';

/** A number to dial that the simulator treats as an outside caller. */
export const CUSTOMER = '+14155550142';
/** A teammate's number for warm transfers. */
export const TRANSFEREE = '+14155550177';

/** Long enough that a held reply never arrives while a story runs, short of the kit's 10 s timeouts. */
const HELD_MS = 9_000;

/** A second caller, offered on top of a call the bus would not normally let ring through. */
export const SECOND_CALLER = '+14155550188';

/**
 * From now on the bus holds every `type` event for `ms`; the bus keeps its order, so everything after it
 * waits too. For states that wait on the bus after a seed that itself needs quick replies.
 */
export function holdBus(kit: StoryKit, type: BusEventType, ms = HELD_MS): void {
  kit.bus.setLatency(ms, type);
}

/** Throws when the store refused a seed's command, naming why (a seed must not silently do nothing). */
export function sent(what: string, result: Result): void {
  if (!result.ok) throw new Error(`Story seed: ${what} was refused (${result.reason})`);
}

/** The agent dials the customer; the call rings on the far side. */
export async function outgoingRinging(kit: StoryKit): Promise<void> {
  sent('dial', kit.store.actions.dial(CUSTOMER));
  await kit.untilCall('ringing');
}

/**
 * An outgoing call the customer answered, with the SYNC that follows its status in: a seed that goes on
 * to a command and shows it pending must not have that SYNC still on its way, as a SYNC settles a hold, a
 * recording change or an invitation (an invitation's pending state went a few ms after the story went live,
 * so a `play` that looked 60 ms late failed).
 */
export async function connected(kit: StoryKit): Promise<void> {
  await outgoingRinging(kit);
  kit.bus.remoteAnswers();
  await kit.untilCall('connected', 'regular');
  await kit.until(
    'answered call synced',
    ({ call }) => call.metadata?.activeParticipant?.state === 'answering',
  );
}

/** A call of `type` is offered to the agent. */
export async function incomingOffered(kit: StoryKit, type: IncomingType = 'external'): Promise<void> {
  kit.bus.incomingCall({ type });
  await kit.until('incoming offer', (state) => selectOfferedCall(state) !== undefined);
}

/** A connected call whose warm transfer to {@link TRANSFEREE} rings. */
export async function warmTransferRinging(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('startWarmTransfer', kit.store.actions.startWarmTransfer(TRANSFEREE));
  await kit.untilCall('ringing', 'warmTransfer');
}

/** A warm transfer the transferee answered: the agent talks with the transferee, the customer holds. */
export async function warmTransferConnected(kit: StoryKit): Promise<void> {
  await warmTransferRinging(kit);
  kit.bus.transfereeAnswers();
  await kit.untilCall('connected', 'warmTransfer');
}

/** Simulator settings where every line requires tags after a call (the bus's `mandatoryTagging`). */
export const MANDATORY_TAGGING = {
  lines: DEFAULT_SETTINGS.lines.map((line) => ({ ...line, mandatoryTagging: true })),
};

/** The agent hung up and the bus waits for the call's tags (needs {@link MANDATORY_TAGGING}). */
export async function taggingRequired(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('hangUp', kit.store.actions.hangUp());
  await kit.untilCall('mandatoryTagging');
}
