import type { Participant } from '../../src/protocol/entities';
import type { CallParty } from '../../src/state/CallState';
import type { DialerState } from '../../src/state/DialerState';
import { listTeammates } from '../../src/state/teammates';

/** What a conformance expectation can assert, in a form short enough to write in a table. */
export interface Snapshot {
  readonly connection: DialerState['connection'];
  readonly user: number | undefined;
  readonly loginError: string | undefined;
  readonly status: DialerState['call']['status'];
  readonly flow: DialerState['call']['flow'];
  /** The party talked with: its leg id, else its number, else `client:<id>`; ` (held)` when held. */
  readonly active: string | undefined;
  readonly inactive: string | undefined;
  /** Conference participants (`metadata.participants`) as `legId:state`. */
  readonly participants: readonly string[] | undefined;
  /** The coach's leg as the coachee sees it. */
  readonly coach: string | undefined;
  /** `type:answer` of the offered call. */
  readonly incoming: string | undefined;
  readonly tags: readonly number[];
  readonly selection: readonly number[];
  /** `operation:reason` of the last failure. */
  readonly failure: string | undefined;
  readonly swapCheck: boolean;
  readonly pending: string | undefined;
  readonly requests: readonly string[];
  readonly self: string | undefined;
  /** Wrap-up time left when it arrived, in ms. */
  readonly wrapUpEndsIn: number | undefined;
  readonly teammates: Readonly<Record<string, string>>;
  readonly lines: readonly number[];
}

function label(party: CallParty | undefined): string | undefined {
  if (!party) return undefined;
  const id = party.legId ?? party.phoneNumber ?? `client:${party.userId}`;
  return party.isHeld ? `${id} (held)` : id;
}

const legState = (participant: Participant): string => `${participant.legId}:${participant.state}`;

/** The snapshot of a state. */
export function snapshot(state: DialerState): Snapshot {
  const { call, availability } = state;
  const self = availability.self;
  return {
    connection: state.connection,
    user: state.user?.id,
    loginError: state.loginError,
    status: call.status,
    flow: call.flow,
    active: label(call.activeParticipant),
    inactive: label(call.inactiveParticipant),
    participants: call.metadata?.participants?.map(legState),
    coach: call.metadata?.coachParticipant?.legId,
    incoming: call.incoming && `${call.incoming.type}:${call.incoming.answer}`,
    tags: call.tags.map((tag) => tag.id),
    selection: call.tagSelection,
    failure: state.lastFailure && `${state.lastFailure.operation}:${state.lastFailure.reason}`,
    swapCheck: call.swapCheck !== undefined,
    pending: state.pending?.type,
    requests: Object.keys(state.requests),
    self: self?.status,
    wrapUpEndsIn: self?.wrapUpEndsAt === undefined ? undefined : self.wrapUpEndsAt - self.receivedAt,
    teammates: Object.fromEntries(
      listTeammates(availability.teammates).map((agent) => [String(agent.userId), agent.status]),
    ),
    lines: state.lines.map((line) => line.id),
  };
}
