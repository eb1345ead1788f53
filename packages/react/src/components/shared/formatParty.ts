import type { CallParty } from '@dialer-kit/core';
import type { DialerMessages } from '../../messages';

const CLIENT_PREFIX = 'client:';

/** How an address reads: `client:12` → "Teammate 12", a number as is, nothing → "Unknown caller". */
export function addressLabel(messages: DialerMessages, address: string | undefined): string {
  if (address === undefined || address === '') return messages.labels.unknownCaller;
  return address.startsWith(CLIENT_PREFIX)
    ? messages.format.teammate(address.slice(CLIENT_PREFIX.length))
    : address;
}

/** How a call party reads: the name the bus gave, else its number, else the teammate, else "Unknown caller". */
export function partyLabel(messages: DialerMessages, party: CallParty | undefined): string {
  if (party?.name !== undefined) return party.name;
  if (party?.phoneNumber !== undefined) return party.phoneNumber;
  if (party?.userId !== undefined) return messages.format.teammate(party.userId);
  return messages.labels.unknownCaller;
}
