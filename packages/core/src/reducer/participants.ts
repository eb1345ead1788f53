import type { Participant } from '../protocol/entities';
import type { CallParty } from '../state/DialerState';

const CLIENT_ID = /^client:(\d+)$/;

/**
 * The party a SYNC participant describes (source `sync`), with the name the bus gave it (`external.name`, else
 * `user.name`; a blank one is none), or `undefined` when absent.
 */
export function partyFromSync(participant: Participant | undefined): CallParty | undefined {
  if (!participant) return undefined;
  const phoneNumber = participant.external?.phoneNumber;
  const userId = participant.user?.id;
  const name = (participant.external?.name ?? participant.user?.name)?.trim();
  return {
    source: 'sync',
    legId: participant.legId,
    ...(typeof phoneNumber === 'string' ? { phoneNumber } : {}),
    ...(typeof userId === 'number' ? { userId } : {}),
    ...(name ? { name } : {}),
    isHeld: participant.isHeld,
    state: participant.state,
  };
}

/**
 * The party a DIALING `to` or INCOMING `from` names (source `call`): `client:<id>` is a teammate, anything
 * else a number shown as sent. `undefined` when there is no address.
 */
export function partyFromAddress(address: string | undefined): CallParty | undefined {
  if (address === undefined || address === '') return undefined;
  const teammate = CLIENT_ID.exec(address);
  if (teammate?.[1] !== undefined) return { source: 'call', userId: Number(teammate[1]), isHeld: false };
  return { source: 'call', phoneNumber: address, isHeld: false };
}
