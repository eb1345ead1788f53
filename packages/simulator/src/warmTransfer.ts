import type { BusCommandOf } from '@dialer-kit/core';
import { undialable } from './addresses';
import type { BusContext, Refusal } from './busContext';
import { activeParty, isUnderWay, type SimCall } from './busState';
import { endCall, leaveSubFlow, newParty, setStatus, sync } from './callOps';

/** The call in `connected` / `regular`, where sub-flows start, or why there is none. */
function regularConnectedCall(ctx: BusContext): SimCall | string {
  const call = ctx.state.call;
  if (!isUnderWay(call) || call.status !== 'connected' || call.flow !== 'regular')
    return 'no regular connected call';
  return call;
}

/**
 * Starts a two-party sub-flow (warm transfer, concurrent): `starting*` in `regular`, then, unless the start
 * fails (which re-sends `regular/connected`), the current party on hold and the new one ringing.
 */
function startSubFlow(
  ctx: BusContext,
  call: SimCall,
  to: string,
  steps: { readonly starting: 'startingWarmTransfer' | 'startingConcurrent'; readonly failed: boolean },
): void {
  setStatus(ctx, call, steps.starting, 'regular');
  if (steps.failed) {
    ctx.log.add('fault', `${steps.starting} failed: reverting to connected`);
    setStatus(ctx, call, 'connected', 'regular');
    return;
  }
  const current = activeParty(call);
  if (current) current.isHeld = true;
  const callee = newParty(ctx, to, 'ringing');
  call.parties = [...call.parties, callee];
  call.activeLegId = callee.legId;
  setStatus(ctx, call, 'ringing', steps.starting === 'startingWarmTransfer' ? 'warmTransfer' : 'concurrent');
}

/**
 * START_WARM_TRANSFER / START_CONCURRENT_CALL: from regular/connected, `starting*` then the sub-flow's
 * callee rings, or, with a fault injected for `operation`, the start reverts to connected.
 */
export function startSubFlowCommand(
  ctx: BusContext,
  to: string,
  starting: 'startingWarmTransfer' | 'startingConcurrent',
  operation: 'startWarmTransfer' | 'startConcurrent',
): Refusal {
  const call = regularConnectedCall(ctx);
  if (typeof call === 'string') return call;
  const unreachable = undialable(to, ctx.settings.agent.id);
  if (unreachable) return unreachable;
  startSubFlow(ctx, call, to, { starting, failed: ctx.faults.consume(operation) });
  return undefined;
}

/** `DIALER.START_WARM_TRANSFER`: startingWarmTransfer → warmTransfer/ringing (or back to connected). */
export function startWarmTransfer(
  ctx: BusContext,
  command: BusCommandOf<'DIALER.START_WARM_TRANSFER'>,
): Refusal {
  return startSubFlowCommand(ctx, command.payload.to, 'startingWarmTransfer', 'startWarmTransfer');
}

/** The warm-transfer call whose transferee is ringing, or why there is none. */
const ringingTransfer = (ctx: BusContext): SimCall | string => {
  const call = ctx.state.call;
  if (!isUnderWay(call) || call.flow !== 'warmTransfer' || call.status !== 'ringing')
    return 'no transferee is ringing';
  return call;
};

/** Far side: the transferee answers → warmTransfer/connected, SYNC (transferee active, customer held). */
export function transfereeAnswers(ctx: BusContext): Refusal {
  const call = ringingTransfer(ctx);
  if (typeof call === 'string') return call;
  const transferee = activeParty(call);
  if (transferee) transferee.state = 'answering';
  setStatus(ctx, call, 'connected', 'warmTransfer');
  sync(ctx, call);
  return undefined;
}

/** Far side: the transferee declines → warmTransfer/hanging, regular/connected with the customer. */
export function transfereeDeclines(ctx: BusContext): Refusal {
  const call = ringingTransfer(ctx);
  if (typeof call === 'string') return call;
  const transferee = activeParty(call);
  if (!transferee) return 'no transferee';
  leaveSubFlow(ctx, call, transferee);
  return undefined;
}

/** `DIALER.MERGE_WARM_TRANSFER`: merging → regular/ended (the agent drops out; no tagging needed). */
export function mergeWarmTransfer(
  ctx: BusContext,
  command: BusCommandOf<'DIALER.MERGE_WARM_TRANSFER'>,
): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call) || call.flow !== 'warmTransfer' || call.status !== 'connected') {
    return 'no connected warm transfer to merge';
  }
  setStatus(ctx, call, 'merging');
  if (ctx.faults.consume('merge')) {
    ctx.log.add('fault', 'merge failed: reverting to warmTransfer/connected', command.type);
    setStatus(ctx, call, 'connected');
    return undefined;
  }
  endCall(ctx, call, { hanging: false, tagging: false });
  return undefined;
}
