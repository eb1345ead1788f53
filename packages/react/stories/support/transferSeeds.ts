import { type DialerState, type IncomingType, selectOfferedCall } from '@dialer-kit/core';
import type { StoryKit } from './createStoryKit';
import {
  CUSTOMER,
  connected,
  holdBus,
  incomingOffered,
  SECOND_CALLER,
  sent,
  TRANSFEREE,
  taggingRequired,
  warmTransferConnected,
  warmTransferRinging,
} from './seeds';

const activeNumber = (call: DialerState['call']): string | undefined => call.activeParticipant?.phoneNumber;

/**
 * The bus offers a second call on its own (`DIALER.INCOMING` sent raw): the simulator, like the bus,
 * refuses to offer a call during another one or while tagging, so only a raw event shows the kit's guard.
 */
async function offeredOnTop(kit: StoryKit): Promise<void> {
  kit.bus.sendRaw({
    type: 'DIALER.INCOMING',
    payload: {
      type: 'external',
      callUuid: 'CA00000000000000000000000000000188',
      from: SECOND_CALLER,
      to: '+14155550123',
    },
  });
  await kit.until('second offer', (state) => selectOfferedCall(state) !== undefined);
}

/** A seed offering a call of `type` (for stories of each incoming type). */
export const offered =
  (type: IncomingType) =>
  (kit: StoryKit): Promise<void> =>
    incomingOffered(kit, type);

/** An external offer the agent accepted; the bus holds its answer, so the kit waits for `accepting`. */
export async function acceptSent(kit: StoryKit): Promise<void> {
  await incomingOffered(kit, 'external');
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('accept', kit.store.actions.accept());
  await kit.until('accept pending', ({ pending }) => pending?.type === 'DIALER.ACCEPT');
}

/** A call offered while the last one waits for its tags (needs `MANDATORY_TAGGING`). */
export async function offeredWhileTagging(kit: StoryKit): Promise<void> {
  await taggingRequired(kit);
  await offeredOnTop(kit);
}

/** A call offered while the agent is connected with the customer. */
export async function offeredDuringCall(kit: StoryKit): Promise<void> {
  await connected(kit);
  await offeredOnTop(kit);
}

/** Tagging required, "Qualified lead" picked and sent; the bus holds its answer. */
export async function tagsSaving(kit: StoryKit): Promise<void> {
  await taggingRequired(kit);
  holdBus(kit, 'DIALER.SET_TAGS_FULFILLED');
  kit.store.actions.selectTags([101]);
  void kit.store.actions.setTags();
  await kit.until('SET_TAGS in flight', ({ requests }) => requests['DIALER.SET_TAGS'] !== undefined);
}

/** A connected call with a teammate (an internal call the agent accepted). */
export async function internalCallConnected(kit: StoryKit): Promise<void> {
  await incomingOffered(kit, 'internal');
  sent('accept', kit.store.actions.accept());
  await kit.untilCall('connected', 'regular');
}

/** A warm transfer whose start the bus holds: `startingWarmTransfer` is not confirmed yet. */
export async function transferStartPending(kit: StoryKit): Promise<void> {
  await connected(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('startWarmTransfer', kit.store.actions.startWarmTransfer(TRANSFEREE));
  await kit.until('start pending', ({ pending }) => pending?.type === 'DIALER.START_WARM_TRANSFER');
}

/** The bus fails the start: it re-sends `regular/connected` (Decision 5). */
export async function transferStartFailed(kit: StoryKit): Promise<void> {
  await connected(kit);
  kit.bus.failNext('startWarmTransfer');
  sent('startWarmTransfer', kit.store.actions.startWarmTransfer(TRANSFEREE));
  await kit.until('failed start', ({ lastFailure }) => lastFailure?.operation === 'startWarmTransfer');
}

/** The transferee turned the transfer down: back to the customer on a regular call. */
export async function transfereeDeclined(kit: StoryKit): Promise<void> {
  await warmTransferRinging(kit);
  if (!kit.bus.transfereeDeclines()) throw new Error('Story seed: transfereeDeclines was refused');
  await kit.untilCall('connected', 'regular');
}

/**
 * The transferee answered and the SYNC naming the parties arrived (the status comes first: in between, the
 * kit still has the customer as the party it talks with).
 */
export async function transfereeTalking(kit: StoryKit): Promise<void> {
  await warmTransferConnected(kit);
  await kit.until('SYNC with the transferee', ({ call }) => activeNumber(call) === TRANSFEREE);
}

/** The transferee answered; the bus holds the SYNC that names the parties. */
export async function transfereeAnsweredUnsynced(kit: StoryKit): Promise<void> {
  await warmTransferRinging(kit);
  holdBus(kit, 'DIALER.SYNC');
  if (!kit.bus.transfereeAnswers()) throw new Error('Story seed: transfereeAnswers was refused');
  await kit.untilCall('connected', 'warmTransfer');
}

/** Swap sent; the bus holds its answer. */
export async function swapPending(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('swap', kit.store.actions.swap());
  await kit.until('swap pending', ({ pending }) => pending?.type === 'DIALER.SWAP_PARTICIPANT');
}

/** The swap went through: the agent talks with the customer again, the transferee holds. */
export async function swapped(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  sent('swap', kit.store.actions.swap());
  await kit.until(
    'customer active again',
    ({ call }) => call.status === 'connected' && activeNumber(call) === CUSTOMER,
  );
}

/**
 * The bus fails the swap: `swapping` → `connected` and no SYNC, so the kit reports it once the SYNC that
 * would confirm the swap is overdue (3 s).
 */
export async function swapFailed(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  kit.bus.failNext('swap');
  sent('swap', kit.store.actions.swap());
  await kit.until('failed swap', ({ lastFailure }) => lastFailure?.operation === 'swap', 6_000);
}

/** Merge sent; the bus holds its answer. */
export async function mergePending(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('merge', kit.store.actions.merge());
  await kit.until('merge pending', ({ pending }) => pending?.type === 'DIALER.MERGE_WARM_TRANSFER');
}

/** The bus fails the merge: `merging` → `warmTransfer/connected` (Decision 5). */
export async function mergeFailed(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  kit.bus.failNext('merge');
  sent('merge', kit.store.actions.merge());
  await kit.until('failed merge', ({ lastFailure }) => lastFailure?.operation === 'merge');
}

/** Merged: the transferee keeps the customer and the agent's call ends (`regular/ended`). */
export async function merged(kit: StoryKit): Promise<void> {
  await transfereeTalking(kit);
  sent('merge', kit.store.actions.merge());
  await kit.untilCall('ended', 'regular');
}
