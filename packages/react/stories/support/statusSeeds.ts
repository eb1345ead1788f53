import type { AvailabilityStatus, CallStatus, DialerState } from '@dialer-kit/core';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { StoryBusSettings, StoryKit } from './createStoryKit';
import {
  CUSTOMER,
  connected,
  holdBus,
  outgoingRinging,
  SECOND_CALLER,
  sent,
  TRANSFEREE,
  warmTransferConnected,
} from './seeds';

/** The agent's second line, "Support UK": the agent starts its recordings, and its calls must be tagged. */
export const SUPPORT_LINE = { name: 'Support UK', number: '+442071838750' } as const;

/**
 * How long a passing status stays on screen when the bus must be slowed to show it: the next status is
 * the same event type, so it can only come this much later (not held for good like {@link holdBus}).
 * Render, play and the axe check must fit in it, on a loaded 2-core CI machine too.
 */
const PASSING_STATUS_MS = 4_000;

/** Waits for a status slowed by {@link PASSING_STATUS_MS} (longer than the kit's default wait). */
const untilPassing = (kit: StoryKit, status: CallStatus): Promise<void> =>
  kit.until(`call ${status}`, ({ call }) => call.status === status, PASSING_STATUS_MS + 4_000);

/** No session on the bus: the kit waits for a login. */
export const LOGGED_OUT: StoryBusSettings = { session: 'none' };

/** Settings where the agent's availability starts as `status` (any string the bus may send). */
export const agentStatus = (status: AvailabilityStatus): StoryBusSettings => ({
  agent: { ...DEFAULT_SETTINGS.agent, status },
});

/**
 * {@link connected}, and its SYNC arrived (the Sales US line records by itself): SYNC comes after the
 * status, so a seed that acts at once would race it (a late SYNC settles a pending HOLD, for one).
 */
export async function connectedSynced(kit: StoryKit): Promise<void> {
  await connected(kit);
  await kit.until('SYNC of the connected call', ({ call }) => call.metadata?.recordingState === 'recording');
}

/** Whether the agent talks with `phoneNumber`, as the last SYNC says. */
const talkingWith =
  (phoneNumber: string) =>
  ({ call }: DialerState): boolean =>
    call.synced && call.activeParticipant?.phoneNumber === phoneNumber;

/** The agent dialled the customer and the bus said `connecting`; `ringing` follows after a while. */
export async function dialing(kit: StoryKit): Promise<void> {
  holdBus(kit, 'DIALER.CALL_STATUS', PASSING_STATUS_MS);
  sent('dial', kit.store.actions.dial(CUSTOMER));
  await untilPassing(kit, 'connecting');
}

/** The agent dialled the customer; the bus acknowledged it (DIALING) but has sent no call status yet. */
export async function dialSent(kit: StoryKit): Promise<void> {
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('dial', kit.store.actions.dial(CUSTOMER));
  await kit.until(
    'DIALING of the dial',
    ({ call, pending }) => pending?.type === 'DIALER.DIAL' && call.dialing !== undefined,
  );
}

/** A short command timeout for stories that show one (pass as `parameters.dialer.store`). */
export const SHORT_COMMAND_TIMEOUT = { commandTimeoutMs: 1_000 };
const COMMAND_TIMEOUT_MS = SHORT_COMMAND_TIMEOUT.commandTimeoutMs;

/**
 * The agent dialled and the bus never answered with a call status: the kit gave up on the DIAL (needs
 * {@link SHORT_COMMAND_TIMEOUT}); the held status comes long after the story is over.
 */
export async function dialTimedOut(kit: StoryKit): Promise<void> {
  holdBus(kit, 'DIALER.CALL_STATUS', 3 * COMMAND_TIMEOUT_MS);
  sent('dial', kit.store.actions.dial(CUSTOMER));
  await kit.until(
    'DIAL timed out',
    ({ lastFailure }) => lastFailure?.operation === 'dial' && lastFailure.reason === 'timeout',
    COMMAND_TIMEOUT_MS + 4_000,
  );
}

/** The customer's phone rings, and the bus's SYNC told the call's line. */
export async function ringing(kit: StoryKit): Promise<void> {
  await outgoingRinging(kit);
  await kit.until('SYNC of the ringing call', ({ call }) => call.metadata?.line !== undefined);
}

/** The agent hung up a connected call and the bus said `hanging`; `ended` follows after a while. */
export async function hangingUp(kit: StoryKit): Promise<void> {
  await connected(kit);
  holdBus(kit, 'DIALER.CALL_STATUS', PASSING_STATUS_MS);
  sent('hangUp', kit.store.actions.hangUp());
  await untilPassing(kit, 'hanging');
}

/** A connected call whose customer the agent put on hold (the bus's SYNC says so). */
export async function held(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  sent('hold', kit.store.actions.hold(true));
  await kit.until('customer held', ({ call }) => call.activeParticipant?.isHeld === true);
}

/** A connected call the agent muted (the bus never reports mute: the kit keeps what it asked). */
export async function muted(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  sent('mute', kit.store.actions.mute(true));
  await kit.until('muted', ({ call }) => call.muted);
}

/** A connected call from the Support UK line, not recorded yet (that line records on request). */
export async function connectedOnSupportLine(kit: StoryKit): Promise<void> {
  sent('dial', kit.store.actions.dial(CUSTOMER, { from: SUPPORT_LINE.number }));
  await kit.untilCall('ringing');
  kit.bus.remoteAnswers();
  await kit.until(
    'connected on the Support UK line',
    ({ call }) =>
      call.status === 'connected' &&
      call.metadata?.line?.normalized === SUPPORT_LINE.number &&
      call.metadata.canControlRecording === true,
  );
}

/** A Support UK call the agent recorded, then paused. */
export async function recordingPaused(kit: StoryKit): Promise<void> {
  await connectedOnSupportLine(kit);
  sent('record', kit.store.actions.record(true));
  await kit.until('recording', ({ call }) => call.metadata?.recordingState === 'recording');
  sent('pause recording', kit.store.actions.record(false));
  await kit.until('recording paused', ({ call }) => call.metadata?.recordingState === 'paused');
}

/** The agent hung up; the line needs no tags, so the call is over. */
export async function ended(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('hangUp', kit.store.actions.hangUp());
  await kit.untilCall('ended');
}

/** During a call the agent called a second person, who answered; the customer holds. */
export async function concurrentConnected(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('startConcurrent', kit.store.actions.startConcurrent(SECOND_CALLER));
  await kit.untilCall('ringing', 'concurrent');
  kit.bus.remoteAnswers();
  await kit.untilCall('connected', 'concurrent');
  await kit.until('SYNC naming the second callee', talkingWith(SECOND_CALLER));
}

/** During a synced call the agent called a second person, whose phone rings (no SYNC names them yet). */
export async function concurrentRinging(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  sent('startConcurrent', kit.store.actions.startConcurrent(SECOND_CALLER));
  await kit.untilCall('ringing', 'concurrent');
}

/** {@link warmTransferConnected}, and the SYNC naming the transferee as the one the agent talks with arrived. */
export async function warmTransferTalking(kit: StoryKit): Promise<void> {
  await warmTransferConnected(kit);
  await kit.until('SYNC naming the transferee', talkingWith(TRANSFEREE));
}

/** During a call the agent invited a teammate, who answered: the conference has started. */
export async function conferenceStarted(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await kit.untilCall('initiating', 'conference');
  kit.bus.remoteAnswers();
  await kit.untilCall('initiated', 'conference');
}

/** A supervisor joined the agent's connected call to coach them (the agent's view). */
export async function coachJoined(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  if (!kit.bus.coachJoins()) throw new Error('Story seed: the bus refused coachJoins');
  await kit.until('coach on the call', ({ call }) => call.metadata?.coachParticipant !== undefined);
}

/** The agent joined a teammate's call to coach them. */
export async function coachingTeammate(kit: StoryKit): Promise<void> {
  const coachable = kit.bus.settings.coachableCalls[0];
  if (coachable === undefined) throw new Error('Story seed: the simulator has no call to coach');
  sent('joinCoaching', kit.store.actions.joinCoaching(coachable.callUuid));
  await kit.untilCall('joined', 'coaching');
  await kit.until('SYNC of the coached call', ({ call }) => call.metadata?.callUuid === coachable.callUuid);
}

/** The agent pressed Hold, but the bus failed it: its SYNC still shows the customer talking. */
export async function holdFailed(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  kit.bus.failNext('hold');
  sent('hold', kit.store.actions.hold(true));
  await kit.until('hold answered', ({ pending }) => pending === undefined);
  if (!kit.bus.log.some((entry) => entry.kind === 'fault' && entry.messageType === 'DIALER.HOLD'))
    throw new Error('Story seed: the hold did not fail');
}

/** Signs in as the simulator's agent (needs {@link LOGGED_OUT}). */
async function logIn(kit: StoryKit): Promise<void> {
  const result = await kit.store.actions.login(DEFAULT_SETTINGS.agent.email, 'story-password');
  if (!result.ok) throw new Error(`Story seed: login failed (${result.reason})`);
}

/** Signed in, and the bus is slow to start its services: the kit is still connecting (needs {@link LOGGED_OUT}). */
export async function connectingAfterLogin(kit: StoryKit): Promise<void> {
  holdBus(kit, 'BUS.INIT_FULFILLED');
  await logIn(kit);
  await kit.until('connecting', ({ connection }) => connection === 'connecting');
}

/** The bus frame reloaded during a call and has not yet started its services again. */
export async function reconnectingDuringCall(kit: StoryKit): Promise<void> {
  await connected(kit);
  holdBus(kit, 'BUS.INIT_FULFILLED');
  kit.bus.restart();
  await kit.until('reconnecting', ({ connection }) => connection === 'reconnecting');
}

/** The app disposed the store during a call: the kit no longer talks to the bus. */
export async function closedDuringCall(kit: StoryKit): Promise<void> {
  await connectedSynced(kit);
  kit.store.dispose();
  await kit.until('closed', ({ connection }) => connection === 'closed');
}

/** A connected call, and the bus has reported the agent as in a call. */
export async function inCall(kit: StoryKit): Promise<void> {
  await connected(kit);
  await kit.until('in call', ({ availability }) => availability.self?.status === 'in_call');
}

/** The agent chose "Always closed", which the bus shows as do not disturb. */
export async function doNotDisturb(kit: StoryKit): Promise<void> {
  const result = await kit.store.actions.updateAvailability('always_closed');
  if (!result.ok) throw new Error(`Story seed: availability update failed (${result.reason})`);
  await kit.until('do not disturb', ({ availability }) => availability.self?.status === 'do_not_disturb');
}

/** The agent asked for "Always closed" and the bus has not answered yet. */
export async function availabilityUpdating(kit: StoryKit): Promise<void> {
  holdBus(kit, 'API.UPDATE_AVAILABILITY_FULFILLED');
  void kit.store.actions.updateAvailability('always_closed');
  await kit.until('update in flight', ({ requests }) => requests['API.UPDATE_AVAILABILITY'] !== undefined);
}

/** A call just ended: the agent is in after-call work until the wrap-up time runs out. */
export async function wrappingUp(kit: StoryKit): Promise<void> {
  await ended(kit);
  await kit.until('after-call work', ({ availability }) => availability.self?.wrapUpEndsAt !== undefined);
}

/** Signed in and connected, but the bus has not reported the agent's availability yet (needs {@link LOGGED_OUT}). */
export async function availabilityUnreported(kit: StoryKit): Promise<void> {
  holdBus(kit, 'USER.AVAILABILITY_CHANGED');
  await logIn(kit);
  await kit.until('ready', ({ connection }) => connection === 'ready');
}

/** The bus took the agent's lines away: there is nothing to dial from. */
export async function noLines(kit: StoryKit): Promise<void> {
  kit.bus.setLines([]);
  await kit.until('no lines', ({ lines }) => lines.length === 0);
}
