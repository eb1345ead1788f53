import type { BusContext, Refusal } from './busContext';
import { activeParty, isUnderWay } from './busState';
import { becomeIdle, endCall, leaveSubFlow, setStatus } from './callOps';

/**
 * `DIALER.HANGUP`: cancels an outgoing call, ends a call (→ `mandatoryTagging` when the line demands tags),
 * leaves a conference or a warm transfer, hangs up on the active concurrent callee, ends coaching.
 */
export function hangUp(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call))
    return ctx.state.incoming ? 'an offered call is refused with DIALER.REJECT' : 'no call';
  switch (call.flow) {
    case 'coaching':
      setStatus(ctx, call, 'hanging');
      becomeIdle(ctx);
      ctx.availability.callEnded(false, false);
      return undefined;
    case 'concurrent': {
      const active = activeParty(call);
      if (!active) return 'no active callee';
      leaveSubFlow(ctx, call, active);
      return undefined;
    }
    default:
      endCall(ctx, call, { hanging: true, tagging: true });
      return undefined;
  }
}
