import type { BusCommandOf } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';
import { activeParty, isUnderWay } from './busState';
import { leaveSubFlow, setStatus, sync } from './callOps';
import { startSubFlowCommand } from './warmTransfer';

/** `DIALER.START_CONCURRENT_CALL`: startingConcurrent → concurrent/ringing (or back to connected). */
export function startConcurrentCall(
  ctx: BusContext,
  command: BusCommandOf<'DIALER.START_CONCURRENT_CALL'>,
): Refusal {
  return startSubFlowCommand(ctx, command.payload.to, 'startingConcurrent', 'startConcurrent');
}

/** Far side: the concurrent callee answers (`answered`) → concurrent/connected + SYNC, or not → back to regular. */
export function concurrentCalleeResponds(ctx: BusContext, answered: boolean): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call) || call.flow !== 'concurrent' || call.status !== 'ringing')
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
