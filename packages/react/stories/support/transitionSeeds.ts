import type { StoryKit } from './createStoryKit';
import {
  connected,
  holdBus,
  incomingOffered,
  SECOND_CALLER,
  sent,
  TRANSFEREE,
  warmTransferRinging,
} from './seeds';
import { concurrentConnected, PASSING_STATUS_MS, untilPassing, warmTransferTalking } from './statusSeeds';

// Seeds of the statuses the bus only passes through: every call status after the command is slowed by
// PASSING_STATUS_MS, so the one wanted stays on screen that long (render, play and axe must fit in it).

/** Slows every call status from now on, so each of the next burst stays on screen a while. */
const slowStatuses = (kit: StoryKit): void => holdBus(kit, 'DIALER.CALL_STATUS', PASSING_STATUS_MS);

/** The agent accepted an offer; the bus says `accepting` (connected follows). */
export async function accepting(kit: StoryKit): Promise<void> {
  await incomingOffered(kit, 'external');
  slowStatuses(kit);
  sent('accept', kit.store.actions.accept());
  await untilPassing(kit, 'accepting');
}

/** A warm transfer to the teammate is starting (`regular/startingWarmTransfer`). */
export async function startingWarmTransfer(kit: StoryKit): Promise<void> {
  await connected(kit);
  slowStatuses(kit);
  sent('startWarmTransfer', kit.store.actions.startWarmTransfer(TRANSFEREE));
  await untilPassing(kit, 'startingWarmTransfer');
}

/** During the warm transfer the agent swapped: `warmTransfer/swapping`. */
export async function swapping(kit: StoryKit): Promise<void> {
  await warmTransferTalking(kit);
  slowStatuses(kit);
  sent('swap', kit.store.actions.swap());
  await untilPassing(kit, 'swapping');
}

/** The agent merged the warm transfer: `warmTransfer/merging` (the agent's call ends next). */
export async function merging(kit: StoryKit): Promise<void> {
  await warmTransferTalking(kit);
  slowStatuses(kit);
  sent('merge', kit.store.actions.merge());
  await untilPassing(kit, 'merging');
}

/** The teammate declined the warm transfer: `warmTransfer/hanging`, then back to the customer. */
export async function transferLegHanging(kit: StoryKit): Promise<void> {
  await warmTransferRinging(kit);
  slowStatuses(kit);
  if (!kit.bus.transfereeDeclines()) throw new Error('Story seed: transfereeDeclines was refused');
  await untilPassing(kit, 'hanging');
}

/** A second call is starting (`regular/startingConcurrent`). */
export async function startingConcurrent(kit: StoryKit): Promise<void> {
  await connected(kit);
  slowStatuses(kit);
  sent('startConcurrent', kit.store.actions.startConcurrent(SECOND_CALLER));
  await untilPassing(kit, 'startingConcurrent');
}

/** The second callee hung up: `concurrent/hanging`, then back to the customer. */
export async function secondCallHanging(kit: StoryKit): Promise<void> {
  await concurrentConnected(kit);
  slowStatuses(kit);
  if (!kit.bus.remoteHangsUp()) throw new Error('Story seed: remoteHangsUp was refused');
  await untilPassing(kit, 'hanging');
}

/** The agent invited a teammate: `regular/startingConference` (initiating follows). */
export async function startingConference(kit: StoryKit): Promise<void> {
  await connected(kit);
  slowStatuses(kit);
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await untilPassing(kit, 'startingConference');
}

/** The invited teammate rings: `conference/initiating`, until they answer. */
export async function initiating(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await kit.untilCall('initiating', 'conference');
}

/** The agent joins a teammate's call as a coach: `regular/startingCoaching`. */
export async function startingCoaching(kit: StoryKit): Promise<void> {
  slowStatuses(kit);
  sent('joinCoaching', kit.store.actions.joinCoaching(coachableCall(kit)));
  await untilPassing(kit, 'startingCoaching');
}

/** The coach's join goes on: `coaching/joining` (the second status of the burst). */
export async function joining(kit: StoryKit): Promise<void> {
  slowStatuses(kit);
  sent('joinCoaching', kit.store.actions.joinCoaching(coachableCall(kit)));
  await untilPassing(kit, 'joining', 2);
}

function coachableCall(kit: StoryKit): string {
  const coachable = kit.bus.settings.coachableCalls[0];
  if (coachable === undefined) throw new Error('Story seed: the simulator has no call to coach');
  return coachable.callUuid;
}
