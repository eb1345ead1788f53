import {
  type CallDirection,
  type CallFlow,
  type CallStatus,
  isCallUnderWay,
  type ParticipantState,
  type RecordingState,
} from '@dialer-kit/core';
import type { IncomingPayload } from '@dialer-kit/core/protocol';
import type { SimulatedLine } from './settings';

/** A far party of a simulated call: a customer (`+E164`) or a teammate (`client:<id>`). */
export interface Party {
  readonly address: string;
  readonly legId: string;
  isHeld: boolean;
  state: ParticipantState;
}

/** The simulated call, mutated in place by the command handlers and the far-side scenarios. */
export interface SimCall {
  readonly id: number;
  readonly callUuid: string;
  readonly direction: CallDirection;
  readonly line: SimulatedLine;
  /** `from` / `to` of the initial call, as SYNC reports them. */
  readonly from: string;
  readonly to: string;
  status: CallStatus;
  flow: CallFlow;
  readonly meLegId: string;
  muted: boolean;
  readonly canControlRecording: boolean;
  readonly autoRecord: boolean;
  recordingState: RecordingState;
  /** Far parties, the initial one first; in a conference, every invitee in order. */
  parties: Party[];
  /** The party the agent talks with (warm transfer and concurrent: the other one is on hold). */
  activeLegId: string;
  /** Coachee's view: the supervisor listening in. */
  coach: Party | undefined;
  /** Coach's view: the teammate being coached. */
  coachee: Party | undefined;
  tags: readonly number[];
  tagged: boolean;
  /** Reached `connected` once: only such calls need tagging. */
  wasConnected: boolean;
}

/** A call offered by `DIALER.INCOMING` and not yet accepted or rejected. */
export interface PendingIncoming {
  readonly payload: IncomingPayload;
  readonly call: SimCall;
}

/** Everything the simulated bus remembers. */
export interface BusState {
  registered: boolean;
  /** Origin given by REGISTER; later messages from another origin are refused when their origin is known. */
  origin: string | undefined;
  authenticated: boolean;
  /** INITs not yet matched by a DESTROY: each one delivers DIALER/USER/API events once more. */
  inits: number;
  /** The current call, or the last one while `ended` / `mandatoryTagging`; `undefined`: idle. */
  call: SimCall | undefined;
  incoming: PendingIncoming | undefined;
  /** Every call the bus created, by callUuid (for `API.UPDATE_CALL_TAGS`). */
  readonly calls: Map<string, SimCall>;
  lines: readonly SimulatedLine[];
}

/** Creates the state of a freshly started bus. */
export function createBusState(lines: readonly SimulatedLine[], authenticated: boolean): BusState {
  return {
    registered: false,
    origin: undefined,
    authenticated,
    inits: 0,
    call: undefined,
    incoming: undefined,
    calls: new Map(),
    lines,
  };
}

/**
 * What a bus hands to the next bus page of the same agent (another tab took the bus over): its calls, so
 * that the call in progress goes on there, as with a real bus whose calls live on its server. Plain data.
 */
export interface BusHandover {
  /** The current call's id (`undefined`: idle). */
  readonly current: string | undefined;
  /** Every call the bus made, the current one included. */
  readonly calls: readonly SimCall[];
}

declare const underWay: unique symbol;
/** A call known to be under way; the brand keeps `isUnderWay`'s false branch from narrowing the call away. */
export type CallUnderWay = SimCall & { readonly [underWay]: true };

/**
 * True while the agent is on a call, from its first status to its end (not idle, ended or tagging): the
 * kit's own `isCallUnderWay`, so both sides agree on when a call is on.
 */
export function isUnderWay(call: SimCall | undefined): call is CallUnderWay {
  return call !== undefined && isCallUnderWay(call.status);
}

/** True when the agent may start or take a new call: no live call, nothing to tag, nothing offered. */
export function isFree(state: BusState): boolean {
  return !isUnderWay(state.call) && state.call?.status !== 'mandatoryTagging' && state.incoming === undefined;
}

/** The party the agent talks with. */
export function activeParty(call: SimCall): Party | undefined {
  return call.parties.find((party) => party.legId === call.activeLegId);
}

/** Parties still on the call (not `ended`). */
export function liveParties(call: SimCall): Party[] {
  return call.parties.filter((party) => party.state !== 'ended');
}
