import { castDraft } from 'immer';
import type { FireAndForgetCommandType } from '../protocol/commands';
import { deepEqual } from './deepEqual';
import { settleSwapOnSync } from './operationOutcome';
import { partyFromSync } from './participants';
import type { Handler } from './types';

/** Commands whose effect may show in SYNC alone (no status change follows them). */
const SETTLED_BY_SYNC: ReadonlySet<FireAndForgetCommandType> = new Set([
  'DIALER.HOLD',
  'DIALER.KICK_PARTICIPANT',
  'DIALER.SET_RECORDING',
  'DIALER.INVITE_PARTICIPANT',
]);

/**
 * `DIALER.SYNC`: replaces the metadata and the parties (from then on they come from SYNC only). Never
 * touches the status (PROTOCOL.md section 5). Unchanged content keeps the same objects.
 */
export const handleSync: Handler<'DIALER.SYNC'> = (draft, event, at) => {
  const { metadata } = event.payload;
  const active = partyFromSync(metadata.activeParticipant);
  const inactive = partyFromSync(metadata.inactiveParticipant);
  settleSwapOnSync(draft, { active, inactive }, at);
  const call = draft.call;
  if (!deepEqual(call.metadata, metadata)) call.metadata = castDraft(metadata);
  call.synced = true;
  if (!deepEqual(call.activeParticipant, active)) call.activeParticipant = active;
  if (!deepEqual(call.inactiveParticipant, inactive)) call.inactiveParticipant = inactive;
  if (draft.pending && SETTLED_BY_SYNC.has(draft.pending.type)) draft.pending = undefined;
};
