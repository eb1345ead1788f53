import type { IncomingType } from '@dialer-kit/core';
import type { IncomingPayload } from '@dialer-kit/core/protocol';
import type { BusContext, Refusal } from './busContext';
import { activeParty, isUnderWay, liveParties, type SimCall } from './busState';
import { becomeIdle, createCall, endCall, leaveSubFlow, newParty } from './callOps';
import { concurrentCalleeResponds } from './concurrent';
import { conferencePartyLeft, inviteeResponds } from './conference';
import { busyReason, outgoingAnswered } from './regularCall';
import { transfereeAnswers, transfereeDeclines } from './warmTransfer';

/** A call arriving from the far side; each field has a default fitting its `type`. */
export interface IncomingCallOptions {
  /** Default `external`; an unknown type is sent as given. */
  readonly type?: IncomingType;
  /** Default: the customer `+14155550199`, or the first teammate for `internal` and `warm-transfer`. */
  readonly from?: string;
  /** Default: the line's number for external calls, else `client:<agent id>`. */
  readonly to?: string;
  /** The line called (default: the first line). */
  readonly lineId?: number;
  /** cold-transfer: default the first teammate. */
  readonly transferer?: string;
  /** warm-transfer: the customer, default `+14155550199`. */
  readonly external?: string;
  /** Reuse a call sid (a rollback brings back a call you transferred); default: a new one. */
  readonly callUuid?: string;
}

/** The customer who calls in by default, and whom warm transfers hold: `+14155550199`. */
export const DEFAULT_CUSTOMER = '+14155550199';

/** Types of incoming call addressed to the agent's client id rather than a line number. */
const INCOMING_TO_CLIENT: readonly IncomingType[] = [
  'internal',
  'cold-transfer',
  'rollback-transfer',
  'warm-transfer',
];

/** Far side: a call is offered (`DIALER.INCOMING`); returns its callUuid, or a refusal. */
export function incomingCall(ctx: BusContext, options: IncomingCallOptions): { callUuid: string } | Refusal {
  const busy = busyReason(ctx.state);
  if (busy) return busy;
  const line = ctx.state.lines.find((candidate) => candidate.id === options.lineId) ?? ctx.state.lines[0];
  if (!line) return 'no line';
  const type = options.type ?? 'external';
  const agent = `client:${ctx.settings.agent.id}`;
  const teammate = `client:${ctx.settings.teammates[0]?.id ?? 0}`;
  const fromTeammate = type === 'internal' || type === 'warm-transfer';
  const from = options.from ?? (fromTeammate ? teammate : DEFAULT_CUSTOMER);
  const to = options.to ?? (INCOMING_TO_CLIENT.includes(type) ? agent : line.normalized);
  const external = type === 'warm-transfer' ? (options.external ?? DEFAULT_CUSTOMER) : undefined;
  const caller = newParty(ctx, from, 'answering');
  const call = createCall(ctx, {
    direction: 'incoming',
    line,
    from,
    to,
    party: caller,
    internal: type === 'internal',
    ...(options.callUuid === undefined ? {} : { callUuid: options.callUuid }),
  });
  if (external !== undefined)
    call.parties = [...call.parties, { ...newParty(ctx, external, 'answering'), isHeld: true }];
  const transferer = type === 'cold-transfer' ? (options.transferer ?? teammate) : undefined;
  const payload: IncomingPayload = {
    type,
    callUuid: call.callUuid,
    from,
    to,
    ...(transferer === undefined ? {} : { transferer }),
    ...(external === undefined ? {} : { external }),
  };
  ctx.state.incoming = { payload, call };
  ctx.emit({ type: 'DIALER.INCOMING', payload });
  return { callUuid: call.callUuid };
}

/** The offered call is gone before the agent answered (caller hung up, or it dropped): `regular/ended`. */
function missed(ctx: BusContext): Refusal {
  const incoming = ctx.state.incoming;
  if (!incoming) return 'nothing incoming';
  ctx.state.incoming = undefined;
  ctx.state.call = incoming.call;
  endCall(ctx, incoming.call, { hanging: false, tagging: false });
  return undefined;
}

/** Far side: whoever is ringing (callee, transferee, concurrent callee, invitee) answers. */
export function remoteAnswers(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (isUnderWay(call) && call.flow === 'conference') return inviteeResponds(ctx, true);
  if (!isUnderWay(call) || call.status !== 'ringing') return 'nobody is ringing';
  if (call.flow === 'warmTransfer') return transfereeAnswers(ctx);
  if (call.flow === 'concurrent') return concurrentCalleeResponds(ctx, true);
  return outgoingAnswered(ctx);
}

/** Far side: whoever is ringing does not answer (or is busy). */
export function remoteDoesNotAnswer(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (isUnderWay(call) && call.flow === 'conference') return inviteeResponds(ctx, false);
  if (!isUnderWay(call) || call.status !== 'ringing') return 'nobody is ringing';
  if (call.flow === 'warmTransfer') return transfereeDeclines(ctx);
  if (call.flow === 'concurrent') return concurrentCalleeResponds(ctx, false);
  endCall(ctx, call, { hanging: false, tagging: false });
  return undefined;
}

/** The party a far-side hang-up concerns: `legId` when given, else the one the agent talks with (conference: the latest). */
const leavingParty = (call: SimCall, legId: string | undefined) => {
  const live = liveParties(call);
  if (legId !== undefined) return live.find((party) => party.legId === legId);
  return call.flow === 'conference' ? live.at(-1) : activeParty(call);
};

/** Far side: a party hangs up (`legId`, default the active one); the caller of an offered call gives up. */
export function remoteHangsUp(ctx: BusContext, legId?: string): Refusal {
  const call = ctx.state.call;
  if (ctx.state.incoming && !isUnderWay(call)) return missed(ctx);
  if (!isUnderWay(call)) return 'no call';
  if (call.flow === 'coaching') return coachingEnds(ctx);
  const party = leavingParty(call, legId);
  if (!party) return `no participant with legId ${legId}`;
  if (call.flow === 'conference') conferencePartyLeft(ctx, call, party);
  else if (call.flow === 'warmTransfer' || call.flow === 'concurrent') leaveSubFlow(ctx, call, party);
  else endCall(ctx, call, { hanging: true, tagging: true });
  return undefined;
}

/** The coached call is gone: the coach is disconnected, straight to `idle`. */
function coachingEnds(ctx: BusContext): Refusal {
  becomeIdle(ctx);
  ctx.availability.callEnded(false, false);
  return undefined;
}

/** Fault: the call drops (no `hanging`): `ended` (or `mandatoryTagging`); coaching goes `idle`. */
export function dropCall(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (ctx.state.incoming && !isUnderWay(call)) return missed(ctx);
  if (!isUnderWay(call)) return 'no call to drop';
  if (call.flow === 'coaching') return coachingEnds(ctx);
  endCall(ctx, call, { hanging: false, tagging: true });
  return undefined;
}
