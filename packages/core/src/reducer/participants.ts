import type { Participant } from '../protocol/entities';
import type { CallParty } from '../state/CallState';
import type { Mutable } from './types';

const CLIENT_ID = /^client:(\d+)$/;

/**
 * The party a SYNC participant describes (source `sync`), with the name the bus gave it (`external.name`, else
 * `user.name`; a blank one is none), or `undefined` when absent.
 */
export function partyFromSync(participant: Participant | undefined): CallParty | undefined {
  if (!participant) return undefined;
  const { external, user } = participant;
  const phoneNumber = external?.phoneNumber;
  const userId = user?.id;
  const name = (external?.name ?? user?.name)?.trim();
  // Written out, each optional field added only when present (absent, never `undefined`), in the same order
  // as ever: conditional spreads (`...(x ? { x } : {})`) are one of V8's slow paths, about 7 times this on
  // Node 20, and this runs four times per SYNC.
  const party: Mutable<Partial<CallParty>> = { source: 'sync', legId: participant.legId };
  if (typeof phoneNumber === 'string') party.phoneNumber = phoneNumber;
  if (typeof userId === 'number') party.userId = userId;
  if (name) party.name = name;
  party.isHeld = participant.isHeld;
  party.state = participant.state;
  // Every required field is set above. Frozen now, as the state holds it: immer walks a value assigned into a
  // draft for drafts inside it unless it is frozen, and a SYNC assigns one or two parties.
  return Object.freeze(party as CallParty);
}

/**
 * The party a DIALING `to` or INCOMING `from` names (source `call`): `client:<id>` is a teammate, anything
 * else a number shown as sent. `undefined` when there is no address.
 */
export function partyFromAddress(address: string | undefined): CallParty | undefined {
  if (address === undefined || address === '') return undefined;
  const teammate = CLIENT_ID.exec(address);
  // Frozen as made, as the state holds them (see partyFromSync).
  if (teammate?.[1] !== undefined)
    return Object.freeze({ source: 'call', userId: Number(teammate[1]), isHeld: false });
  return Object.freeze({ source: 'call', phoneNumber: address, isHeld: false });
}
