import type { BusCommandOf } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';
import { isUnderWay } from './busState';
import { becomeIdle, createCall, newParty, setStatus, sync } from './callOps';

/**
 * `DIALER.JOIN_COACHING` (from idle): startingCoaching → coaching/joining → coaching/joined → one SYNC, for a
 * call listed in `settings.coachableCalls`.
 */
export function joinCoaching(ctx: BusContext, command: BusCommandOf<'DIALER.JOIN_COACHING'>): Refusal {
  if (ctx.state.call || ctx.state.incoming) return 'coaching starts from idle only';
  const target = ctx.settings.coachableCalls.find(
    (coachable) => coachable.callUuid === command.payload.callUuid,
  );
  if (!target) return `no teammate call ${command.payload.callUuid} to coach`;
  const line = ctx.state.lines.find((candidate) => candidate.id === target.lineId) ?? ctx.state.lines[0];
  if (!line) return 'no line';
  const incoming = target.direction === 'incoming';
  const call = createCall(ctx, {
    direction: target.direction,
    line,
    from: incoming ? target.external : line.normalized,
    to: incoming ? line.normalized : target.external,
    party: newParty(ctx, target.external, 'answering'),
    callUuid: target.callUuid,
  });
  call.coachee = newParty(ctx, `client:${target.coacheeId}`, 'answering');
  if (call.autoRecord) call.recordingState = 'recording';
  ctx.state.call = call;
  setStatus(ctx, call, 'startingCoaching', 'regular');
  if (ctx.faults.consume('joinCoaching')) {
    ctx.log.add('fault', 'coaching failed to start', command.type);
    becomeIdle(ctx);
    return undefined;
  }
  setStatus(ctx, call, 'joining', 'coaching');
  setStatus(ctx, call, 'joined', 'coaching');
  sync(ctx, call);
  ctx.availability.callStarted();
  return undefined;
}

/** Far side, coachee's view: a supervisor joins the agent's call (SYNC gains `coachParticipant`). */
export function coachJoins(ctx: BusContext, coachId: number): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call) || !call.wasConnected || call.flow === 'coaching')
    return 'no connected call to coach';
  if (call.coach) return 'a coach is already there';
  call.coach = newParty(ctx, `client:${coachId}`, 'answering');
  sync(ctx, call);
  return undefined;
}

/** Far side, coachee's view: the supervisor leaves (SYNC without `coachParticipant`). */
export function coachLeaves(ctx: BusContext): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call) || !call.coach) return 'no coach on the call';
  call.coach = undefined;
  sync(ctx, call);
  return undefined;
}
