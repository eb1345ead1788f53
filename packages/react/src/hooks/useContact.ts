import { useCallback, useSyncExternalStore } from 'react';
import type { Contact, ContactParty } from '../contacts/contactDirectory';
import { addressLabel, partyLabel } from '../contacts/formatParty';
import { useDialerContext } from '../provider/useDialerStore';

/** A party's contact and the words that name them. */
export interface ContactView {
  /** The host's contact (`resolveContact`), once it answered; `undefined` until then and when it has none. */
  readonly contact: Contact | undefined;
  /** The contact's name, else the bus's name, else the number or "Teammate 12", else "Unknown caller". */
  readonly label: string;
}

/**
 * The contact of a party (a call party, or an address as the bus sent it), looked up with the provider's
 * `resolveContact` while a component shows it and cached by number or teammate id. It never waits: until
 * the contact comes, and when there is none or the lookup fails, `label` names the party as the bus did.
 * @example const { contact, label } = useContact(summary.party);
 */
export function useContact(party: ContactParty): ContactView {
  const { contacts, messages } = useDialerContext('useContact');
  const key = contacts.key(party);
  // Watched again only when the key changes: another SYNC gives a new object for the same party.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the party.
  const watch = useCallback((listener: () => void) => contacts.watch(party, listener), [contacts, key]);
  const read = (): Contact | undefined => contacts.read(key);
  const contact = useSyncExternalStore(watch, read, read);
  const label =
    contact?.name ??
    (typeof party === 'object' ? partyLabel(messages, party) : addressLabel(messages, party));
  return { contact, label };
}
