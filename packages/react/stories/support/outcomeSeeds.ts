import type { StoryKit } from './createStoryKit';
import { CUSTOMER, connected, incomingOffered, outgoingRinging, sent, taggingRequired } from './seeds';
import { connectedSynced } from './statusSeeds';

// Seeds of what the agent must be told: how a call ended that they did not end, failures, saved tags.

/** The customer hung up a connected call. */
export async function customerHungUp(kit: StoryKit): Promise<void> {
  await connected(kit);
  if (!kit.bus.remoteHangsUp()) throw new Error('Story seed: remoteHangsUp was refused');
  await kit.untilCall('ended');
}

/** The connected call dropped: straight to `ended`, no hang-up. */
export async function callDropped(kit: StoryKit): Promise<void> {
  await connected(kit);
  if (!kit.bus.dropCall()) throw new Error('Story seed: dropCall was refused');
  await kit.untilCall('ended');
}

/** The bus failed the agent's dial: `connecting`, then `ended` without ringing. */
export async function dialNotPlaced(kit: StoryKit): Promise<void> {
  kit.bus.failNext('dial');
  sent('dial', kit.store.actions.dial(CUSTOMER));
  await kit.until('dial ended', ({ call }) => call.status === 'ended' && call.dialing?.to === CUSTOMER);
}

/** The customer did not answer the agent's call. */
export async function dialNotAnswered(kit: StoryKit): Promise<void> {
  await outgoingRinging(kit);
  if (!kit.bus.remoteNoAnswer()) throw new Error('Story seed: remoteNoAnswer was refused');
  await kit.untilCall('ended');
}

/** A caller gave up before the agent answered. */
export async function missedCall(kit: StoryKit): Promise<void> {
  await incomingOffered(kit, 'external');
  if (!kit.bus.remoteHangsUp()) throw new Error('Story seed: remoteHangsUp was refused');
  await kit.untilCall('ended');
}

/** The bus failed a hold: the SYNC that answers it still shows the customer talking. */
export async function holdFailed(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  kit.bus.failNext('hold');
  sent('hold', kit.store.actions.hold(true));
  await kit.until('hold failed', ({ lastFailure }) => lastFailure?.operation === 'hold');
}

/** A held, muted call that is being recorded (Sales US records by itself). */
export async function heldMutedRecorded(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  sent('mute', kit.store.actions.mute(true));
  sent('hold', kit.store.actions.hold(true));
  await kit.until('customer held', ({ call }) => call.activeParticipant?.isHeld === true);
}

/** Tagging was required and the agent saved "Qualified lead": the bus ended the call (needs MANDATORY_TAGGING). */
export async function tagsSaved(kit: StoryKit): Promise<void> {
  await taggingRequired(kit);
  kit.store.actions.selectTags([101]);
  const result = await kit.store.actions.setTags();
  if (!result.ok) throw new Error(`Story seed: the tags were not saved (${result.reason})`);
  await kit.untilCall('ended');
}
