import type { DialerState, Participant } from '@dialer-kit/core';
import { type CoachableCall, DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import type { CoachableCallOption } from '../../src/components/CoachingIndicator/CoachJoinList';
import type { StoryKit } from './createStoryKit';
import { CUSTOMER, connected, holdBus, SECOND_CALLER, sent, TRANSFEREE } from './seeds';
import { concurrentConnected } from './statusSeeds';

function firstCoachable(): CoachableCall {
  const coachable = DEFAULT_SETTINGS.coachableCalls[0];
  if (coachable === undefined) throw new Error('The simulator has no call to coach');
  return coachable;
}
const COACHABLE = firstCoachable();
/** The teammate's call the simulator lets the agent coach, as an app would list it. */
const COACHEE = DEFAULT_SETTINGS.teammates.find((teammate) => teammate.id === COACHABLE.coacheeId);
export const COACHABLE_CALLS: readonly CoachableCallOption[] = [
  { callUuid: COACHABLE.callUuid, label: `${COACHEE?.name ?? 'A teammate'}, with ${COACHABLE.external}` },
];
/** How the components name the coached teammate and the supervisor (`Teammate <id>`). */
export const COACHEE_LABEL = `Teammate ${COACHABLE.coacheeId}`;
export const SUPERVISOR_LABEL = `Teammate ${DEFAULT_SETTINGS.teammates[1]?.id ?? 0}`;
/** The customer of the coached call. */
export const COACHED_CUSTOMER = COACHABLE.external;

const talkingWith =
  (phoneNumber: string) =>
  ({ call }: DialerState): boolean =>
    call.synced && call.activeParticipant?.phoneNumber === phoneNumber;

/** The SYNC participants of the conference, when the call is in one. */
const participantsOf = ({ call }: DialerState): readonly Participant[] =>
  call.flow === 'conference' ? (call.metadata?.participants ?? []) : [];

/** Whether the conference lists `count` participants, each in one of `states`. */
const listed =
  (count: number, ...states: Participant['state'][]) =>
  (state: DialerState): boolean => {
    const participants = participantsOf(state);
    return participants.length === count && participants.every((p) => states.includes(p.state));
  };

/** Second call: the start sent, the bus holds its answer. */
export async function secondCallStartPending(kit: StoryKit): Promise<void> {
  await connected(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('startConcurrent', kit.store.actions.startConcurrent(SECOND_CALLER));
  await kit.until('start pending', ({ pending }) => pending?.type === 'DIALER.START_CONCURRENT_CALL');
}

/** Second call: the bus failed the start and went back to the call (Decision 5). */
export async function secondCallStartFailed(kit: StoryKit): Promise<void> {
  await connected(kit);
  kit.bus.failNext('startConcurrent');
  sent('startConcurrent', kit.store.actions.startConcurrent(SECOND_CALLER));
  await kit.until('failed start', ({ lastFailure }) => lastFailure?.operation === 'startConcurrent');
}

/** Second call: Swap sent, the bus holds its answer. */
export async function secondCallSwapPending(kit: StoryKit): Promise<void> {
  await concurrentConnected(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('swap', kit.store.actions.swap());
  await kit.until('swap pending', ({ pending }) => pending?.type === 'DIALER.SWAP_PARTICIPANT');
}

/** Second call: swapped, the agent talks with the customer again and the second person holds. */
export async function secondCallSwapped(kit: StoryKit): Promise<void> {
  await concurrentConnected(kit);
  sent('swap', kit.store.actions.swap());
  await kit.until('customer talked with again', talkingWith(CUSTOMER));
}

/** Second call: the bus failed the swap; the kit says so once the SYNC that would confirm it is overdue. */
export async function secondCallSwapFailed(kit: StoryKit): Promise<void> {
  await concurrentConnected(kit);
  kit.bus.failNext('swap');
  sent('swap', kit.store.actions.swap());
  await kit.until('failed swap', ({ lastFailure }) => lastFailure?.operation === 'swap', 6_000);
}

/** Conference: the invitation sent from a call, the bus holds its answer. */
export async function conferenceStartPending(kit: StoryKit): Promise<void> {
  await connected(kit);
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await kit.until('invite pending', ({ pending }) => pending?.type === 'DIALER.INVITE_PARTICIPANT');
}

/** Conference: the bus failed the start and went back to the call. */
export async function conferenceStartFailed(kit: StoryKit): Promise<void> {
  await connected(kit);
  kit.bus.failNext('invite');
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await kit.until('failed start', ({ lastFailure }) => lastFailure?.operation === 'invite');
}

/** Conference: the invited teammate's phone rings, the customer is on the call. */
export async function conferenceRinging(kit: StoryKit): Promise<void> {
  await connected(kit);
  sent('invite', kit.store.actions.invite(TRANSFEREE));
  await kit.until('invitee ringing', listed(2, 'answering', 'ringing'));
}

/** Conference: the invited teammate answered. */
export async function conferenceRunning(kit: StoryKit): Promise<void> {
  await conferenceRinging(kit);
  if (!kit.bus.remoteAnswers()) throw new Error('Story seed: the invitee could not answer');
  await kit.until(
    'conference started',
    (state) => state.call.status === 'initiated' && listed(2, 'answering')(state),
  );
}

/** Conference: a third person was invited and did not answer; they are listed as having left. */
export async function conferenceParticipantLeft(kit: StoryKit): Promise<void> {
  await conferenceRunning(kit);
  sent('invite', kit.store.actions.invite(SECOND_CALLER));
  await kit.until('third invitee ringing', listed(3, 'answering', 'ringing'));
  if (!kit.bus.remoteNoAnswer()) throw new Error('Story seed: the third invitee could not decline');
  await kit.until('third invitee gone', (state) => participantsOf(state)[2]?.state === 'ended');
}

/** Conference of three: the agent asked to remove the customer, the bus holds the SYNC that would show it. */
export async function conferenceKickPending(kit: StoryKit): Promise<void> {
  await conferenceRunning(kit);
  const customer = participantsOf(kit.store.getState())[0];
  if (customer === undefined) throw new Error('Story seed: no participant to remove');
  holdBus(kit, 'DIALER.SYNC');
  sent('kick', kit.store.actions.kick(customer.legId));
  await kit.until('kick pending', ({ pending }) => pending?.type === 'DIALER.KICK_PARTICIPANT');
}

/** Conference in which the agent held the customer, by their leg; the bus's SYNC shows them on hold. */
export async function conferenceCustomerHeld(kit: StoryKit): Promise<void> {
  await conferenceRunning(kit);
  const customer = participantsOf(kit.store.getState())[0];
  if (customer === undefined) throw new Error('Story seed: no participant to hold');
  sent('hold', kit.store.actions.hold(true, customer.legId));
  await kit.until('customer held', (state) => participantsOf(state)[0]?.isHeld === true);
}

/** Coaching: the join sent, the bus holds its answer. */
export async function coachingJoinPending(kit: StoryKit): Promise<void> {
  holdBus(kit, 'DIALER.CALL_STATUS');
  sent('joinCoaching', kit.store.actions.joinCoaching(COACHABLE.callUuid));
  await kit.until('join pending', ({ pending }) => pending?.type === 'DIALER.JOIN_COACHING');
}

/** Coaching: the bus failed the join and went back to idle. */
export async function coachingJoinFailed(kit: StoryKit): Promise<void> {
  kit.bus.failNext('joinCoaching');
  sent('joinCoaching', kit.store.actions.joinCoaching(COACHABLE.callUuid));
  await kit.until('failed join', ({ lastFailure }) => lastFailure?.operation === 'joinCoaching');
}
