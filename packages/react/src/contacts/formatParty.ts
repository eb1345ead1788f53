import type { CallParty, PartyName } from '@dialer-kit/core';
import type { DialerMessages } from '../messages';

const CLIENT_PREFIX = 'client:';

/** How an address reads: `client:12` → "Teammate 12", a number formatted, nothing → "Unknown caller". */
export function addressLabel(messages: DialerMessages, address: string | undefined): string {
  if (address === undefined || address === '') return messages.labels.unknownCaller;
  return address.startsWith(CLIENT_PREFIX)
    ? messages.format.teammate(address.slice(CLIENT_PREFIX.length))
    : messages.format.phoneNumber(address);
}

/**
 * How a call party reads: the name the bus gave, else its number (formatted), else the teammate, else
 * "Unknown caller".
 */
export function partyLabel(messages: DialerMessages, party: CallParty | undefined): string {
  if (party?.name !== undefined) return party.name;
  if (party?.phoneNumber !== undefined) return messages.format.phoneNumber(party.phoneNumber);
  if (party?.userId !== undefined) return messages.format.teammate(party.userId);
  return messages.labels.unknownCaller;
}

/** How a name chosen by a selector (`PartyName`: a party or an address) reads. */
export function nameLabel(messages: DialerMessages, name: PartyName): string {
  return name.kind === 'party' ? partyLabel(messages, name.party) : addressLabel(messages, name.address);
}
