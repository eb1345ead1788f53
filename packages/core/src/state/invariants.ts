import { RECENT_CALLS_LIMIT } from '../reducer/recentCalls';
import { connectionOf } from '../reducer/sessionMachine';
import { isConversationOver, TRANSITIONAL_STATUSES } from '../selectors/statusGroups';
import type { CallState } from './CallState';
import type { DialerState } from './DialerState';
import { findTeammate, listTeammates } from './teammates';

/** Invariants of the call context. */
function callProblems(call: CallState): string[] {
  const problems: string[] = [];
  const idle = call.status === 'idle';
  if (idle !== (call.flow === undefined)) problems.push('call.flow must be undefined exactly when idle');
  if (!idle && (call.statusSince === undefined || call.flowSince === undefined)) {
    problems.push('a call status other than idle has statusSince and flowSince');
  }
  if (call.endedAt !== undefined && !isConversationOver(call.status))
    problems.push('call.endedAt is set only while ended or mandatoryTagging');
  if (idle && call.connectedAt !== undefined) problems.push('an idle call has no connectedAt');
  if ((call.ending !== undefined) !== (call.endedAt !== undefined))
    problems.push('call.ending is set exactly with call.endedAt');
  if (call.heldSince !== undefined && call.activeParticipant?.isHeld !== true)
    problems.push('call.heldSince is set only while the party talked with is held');
  if (!idle && call.lastEndedCall !== undefined) problems.push('call.lastEndedCall is kept only while idle');
  if (call.transition && TRANSITIONAL_STATUSES[call.status] !== call.transition.operation) {
    problems.push(`call.transition ${call.transition.operation} does not belong to status ${call.status}`);
  }
  if (call.swapCheck && (idle || call.transition))
    problems.push('call.swapCheck exists only after a swap settled');
  if (call.synced !== (call.metadata !== undefined))
    problems.push('call.synced is true exactly when metadata is held');
  for (const [name, party] of [
    ['active', call.activeParticipant],
    ['inactive', call.inactiveParticipant],
  ] as const) {
    if (party && (party.source === 'sync') !== call.synced) {
      problems.push(`the ${name} participant comes from SYNC exactly once the call is synced`);
    }
  }
  if (!call.synced && call.inactiveParticipant) problems.push('an inactive participant comes only from SYNC');
  const selection = call.tagSelection;
  if (selection.some((id, index) => index > 0 && id <= (selection[index - 1] ?? Number.NEGATIVE_INFINITY))) {
    problems.push('call.tagSelection is sorted and unique');
  }
  return problems;
}

/** Invariants of diagnostics, timers and availability. */
function bookkeepingProblems(state: DialerState): string[] {
  const problems: string[] = [];
  const { items, total, limit } = state.diagnostics;
  if (items.length > Math.max(0, limit)) problems.push('diagnostics hold at most `limit` items');
  if (items.some((item, index) => item.seq !== total - items.length + index + 1)) {
    problems.push('diagnostics are the newest, numbered consecutively up to total');
  }
  const { pending, requests, config } = state;
  if (pending && pending.deadline !== pending.sentAt + config.commandTimeoutMs)
    problems.push('pending deadline');
  if (pending?.type === 'DIALER.MUTE' || pending?.type === 'DIALER.REJECT') {
    problems.push(`${pending.type} is never pending`);
  }
  for (const [type, request] of Object.entries(requests)) {
    if (request && request.deadline !== request.sentAt + config.requestTimeoutMs)
      problems.push(`${type} deadline`);
  }
  if (state.connection === 'needs-login' && state.user !== undefined)
    problems.push('needs-login has no user');
  if (state.connection !== connectionOf(state.session)) problems.push('connection shows the session phase');
  if (state.session.silence !== undefined && state.connection !== 'ready')
    problems.push('session.silence is kept only while ready');
  const { teammates } = state.availability;
  const held = listTeammates(teammates);
  if (held.length !== teammates.size || held.some((agent) => findTeammate(teammates, agent.userId) !== agent))
    problems.push('teammates are counted, and each is found by its userId');
  const agents = [state.availability.self, ...held];
  if (agents.some((agent) => agent?.wrapUpEndsAt !== undefined && agent.status !== 'after_call_work')) {
    problems.push('wrapUpEndsAt exists only in after_call_work');
  }
  const recent = state.recentCalls.map((call) => call.callUuid);
  if (recent.length > RECENT_CALLS_LIMIT)
    problems.push(`recentCalls hold at most ${RECENT_CALLS_LIMIT} calls`);
  if (new Set(recent).size !== recent.length) problems.push('recentCalls hold each call once');
  return problems;
}

/** The state invariants as code: a list of broken ones (empty when the state is consistent). */
export function checkInvariants(state: DialerState): string[] {
  return [...callProblems(state.call), ...bookkeepingProblems(state)];
}
