import type { CallParty, CallState } from '../state/CallState';
import type { DialerState } from '../state/DialerState';
import { memoSelector } from './memoSelector';

/**
 * Whom a view names: a party of the call (from SYNC, or from the call's own `from`/`to` before it; an
 * unknown one is `undefined`), or an address the kit itself knows, as sent (`+14155550199`, `client:7`):
 * a transfer's target, a dial in flight, an offer's caller.
 */
export type PartyName =
  | { readonly kind: 'party'; readonly party: CallParty | undefined }
  | { readonly kind: 'address'; readonly address: string | undefined };

/** The two parties of a warm transfer as the agent sees them. */
export interface TransferParties {
  /** The transferee is being called (starting or ringing): it has not answered yet. */
  readonly ringing: boolean;
  /** Who the agent calls (while `ringing`) or talks with. */
  readonly active: PartyName;
  /** Who is on hold: the customer, until a swap. */
  readonly held: PartyName;
}

const party = (value: CallParty | undefined): PartyName => ({ kind: 'party', party: value });
const address = (value: string | undefined): PartyName => ({ kind: 'address', address: value });

/** The transferee is being called: the transfer is starting, or ringing in the warm-transfer flow. */
function isTransferRinging(call: Pick<CallState, 'status' | 'flow'>): boolean {
  return (
    call.status === 'startingWarmTransfer' || (call.flow === 'warmTransfer' && call.status === 'ringing')
  );
}

/**
 * Whom a warm transfer names. Until a SYNC names the held party, the call's party is still the customer,
 * now on hold, and the transferee is the transfer's target (however the transfer was started). While
 * ringing, a SYNC may already name the held customer (Decision 4: it can precede the status): the active
 * party is then the transferee, named by the SYNC when the kit did not start the transfer.
 */
export const selectTransferParties: (state: DialerState) => TransferParties = /*#__PURE__*/ memoSelector(
  ({ call }) =>
    [isTransferRinging(call), call.activeParticipant, call.inactiveParticipant, call.transferTo] as const,
  (ringing, active, held, transferTo): TransferParties => {
    if (ringing) {
      const callee = transferTo === undefined && held !== undefined ? party(active) : address(transferTo);
      return { ringing, active: callee, held: party(held ?? active) };
    }
    // Answered, but no SYNC has named the parties yet: the call's party is still the held customer.
    if (held === undefined && transferTo !== undefined) {
      return { ringing, active: address(transferTo), held: party(active) };
    }
    return { ringing, active: party(active), held: party(held) };
  },
);
