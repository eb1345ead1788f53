import type { BusCommandOf } from '@dialer-kit/core';
import { undialable } from './addresses';
import type { BusContext, Refusal } from './busContext';
import { type BusState, isFree, isUnderWay } from './busState';
import { becomeIdle, connect, createCall, endCall, newParty, setStatus, sync } from './callOps';

/** Why the agent cannot take or start a call now (`undefined`: it can). */
export function busyReason(state: BusState): Refusal {
  if (isFree(state)) return undefined;
  if (state.call?.status === 'mandatoryTagging') return 'the last call must be tagged first';
  if (state.incoming) return 'a call is being offered';
  return 'a call is in progress';
}

/** `DIALER.DIAL`: DIALING → connecting → ringing (+ SYNC for a phone number); the far side answers later. */
export function dial(ctx: BusContext, command: BusCommandOf<'DIALER.DIAL'>): Refusal {
  const { from, to } = command.payload;
  const busy = busyReason(ctx.state);
  if (busy) return busy;
  const line = ctx.state.lines.find((candidate) => candidate.normalized === from);
  if (!line) return `"${from}" is not one of the agent's lines`;
  const unreachable = undialable(to, ctx.settings.agent.id);
  if (unreachable) return unreachable;
  const internal = to.startsWith('client:');
  const party = newParty(ctx, to, 'ringing');
  const call = createCall(ctx, {
    direction: 'outgoing',
    line,
    from: internal ? `client:${ctx.settings.agent.id}` : from,
    to,
    party,
  });
  ctx.state.call = call;
  ctx.emit({ type: 'DIALER.DIALING', payload: { from, to } });
  setStatus(ctx, call, 'connecting', 'regular');
  if (ctx.faults.consume('dial')) {
    ctx.log.add('fault', 'dial failed', command.type);
    endCall(ctx, call, { hanging: false, tagging: false });
    return undefined;
  }
  setStatus(ctx, call, 'ringing');
  // Calls to a teammate get their first SYNC once connected (flows.json).
  if (!internal) sync(ctx, call);
  return undefined;
}

/** Far side: the callee of an outgoing call answers. */
export function outgoingAnswered(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (
    !isUnderWay(call) ||
    call.direction !== 'outgoing' ||
    call.flow !== 'regular' ||
    call.status !== 'ringing'
  ) {
    return 'no outgoing call is ringing';
  }
  for (const party of call.parties) party.state = 'answering';
  connect(ctx, call);
  return undefined;
}

/** `DIALER.ACCEPT`: accepting → connected → SYNC. */
export function accept(ctx: BusContext): Refusal {
  const incoming = ctx.state.incoming;
  if (!incoming) return 'nothing incoming to accept';
  const call = incoming.call;
  ctx.state.incoming = undefined;
  ctx.state.call = call;
  setStatus(ctx, call, 'accepting', 'regular');
  if (ctx.faults.consume('accept')) {
    ctx.log.add('fault', 'accept failed', 'DIALER.ACCEPT');
    endCall(ctx, call, { hanging: false, tagging: false });
    return undefined;
  }
  for (const party of call.parties) if (party.state === 'ringing') party.state = 'answering';
  connect(ctx, call);
  return undefined;
}

/** `DIALER.REJECT`: the offered call ends. */
export function reject(ctx: BusContext): Refusal {
  const incoming = ctx.state.incoming;
  if (!incoming) return 'nothing incoming to reject';
  ctx.state.incoming = undefined;
  ctx.state.call = incoming.call;
  endCall(ctx, incoming.call, { hanging: false, tagging: false });
  return undefined;
}

/** `DIALER.RESET`: from `ended` (or idle), back to `idle`. */
export function reset(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (isUnderWay(call)) return 'a call is in progress';
  if (call?.status === 'mandatoryTagging') return 'the last call must be tagged first';
  becomeIdle(ctx);
  return undefined;
}
