import type { BusCommandOf } from '@dialer-kit/core';
import { undialable } from './addresses';
import type { BusContext, Refusal } from './busContext';
import { activeParty, isLive } from './busState';
import { leaveSubFlow, setStatus, sync } from './callOps';
import { regularConnectedCall, startSubFlow } from './warmTransfer';

/** `DIALER.START_CONCURRENT_CALL`: startingConcurrent → concurrent/ringing (or back to connected). */
export function startConcurrentCall(
  ctx: BusContext,
  command: BusCommandOf<'DIALER.START_CONCURRENT_CALL'>,
): Refusal {
  const call = regularConnectedCall(ctx);
  if (typeof call === 'string') return call;
  const unreachable = undialable(command.payload.to, ctx.settings.agent.id);
  if (unreachable) return unreachable;
  startSubFlow(ctx, call, command.payload.to, {
    starting: 'startingConcurrent',
    failed: ctx.faults.consume('startConcurrent'),
  });
  return undefined;
}

/** Far side: the concurrent callee answers (`answered`) → concurrent/connected + SYNC, or not → back to regular. */
export function concurrentCalleeResponds(ctx: BusContext, answered: boolean): Refusal {
  const call = ctx.state.call;
  if (!isLive(call) || call.flow !== 'concurrent' || call.status !== 'ringing')
    return 'no concurrent callee is ringing';
  const callee = activeParty(call);
  if (!callee) return 'no concurrent callee';
  if (!answered) {
    leaveSubFlow(ctx, call, callee);
    return undefined;
  }
  callee.state = 'answering';
  setStatus(ctx, call, 'connected', 'concurrent');
  sync(ctx, call);
  return undefined;
}
