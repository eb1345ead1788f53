import type { BusContext, Refusal } from './busContext';
import { activeParty, isUnderWay } from './busState';
import { setStatus, sync } from './callOps';

/**
 * `DIALER.SWAP_PARTICIPANT` (warm transfer and concurrent): swapping → connected; on success the next SYNC
 * shows the parties exchanged, on failure no SYNC follows (nothing changed).
 */
export function swapParticipants(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (
    !isUnderWay(call) ||
    (call.flow !== 'warmTransfer' && call.flow !== 'concurrent') ||
    call.status !== 'connected'
  ) {
    return 'no connected warm transfer or concurrent call to swap';
  }
  const active = activeParty(call);
  const other = call.parties.find((party) => party !== active && party.state !== 'ended');
  if (!active || !other) return 'nobody to swap with';
  setStatus(ctx, call, 'swapping');
  if (ctx.faults.consume('swap')) {
    ctx.log.add('fault', 'swap failed: participants unchanged', 'DIALER.SWAP_PARTICIPANT');
    setStatus(ctx, call, 'connected');
    return undefined;
  }
  active.isHeld = true;
  other.isHeld = false;
  call.activeLegId = other.legId;
  setStatus(ctx, call, 'connected');
  sync(ctx, call);
  return undefined;
}
