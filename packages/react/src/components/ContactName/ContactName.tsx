import type { ReactNode } from 'react';
import type { ContactParty } from '../../contacts/contactDirectory';
import { useContact } from '../../hooks/useContact';
import { BusText, formatPartyNode } from '../shared/BusText';

/** Props of {@link ContactName}. */
export interface ContactNameProps {
  /** A call party, or an address as the bus sent it (`+14155550199`, `client:7`). */
  readonly party: ContactParty;
}

/**
 * Who a party is, on one line: the host's contact (`resolveContact`: its name, a link to its record when it
 * has one, its company, its avatar when given), else the name the bus gave, the number or the teammate. The
 * party's words show at once and the contact replaces them when it comes, on the same line.
 * `data-state` is `contact` once the contact is shown, else `party`.
 * @example <ContactName party={summary.party} />
 */
export function ContactName({ party }: ContactNameProps): ReactNode {
  const { contact, label } = useContact(party);
  const name = <BusText>{label}</BusText>;
  return (
    <span className="dk-contact" data-state={contact === undefined ? 'party' : 'contact'}>
      {contact?.avatarUrl !== undefined && (
        <img className="dk-contact__avatar" src={contact.avatarUrl} alt="" />
      )}
      {contact?.href === undefined ? name : <a href={contact.href}>{name}</a>}
      {contact?.company !== undefined && (
        <span className="dk-contact__company">
          , <BusText>{contact.company}</BusText>
        </span>
      )}
    </span>
  );
}

/** Props of {@link PartyPhrase}. */
export interface PartyPhraseProps extends ContactNameProps {
  /** A message of `messages.format` about one party: "Customer: …", "Transferred by …". */
  readonly format: (text: string) => string;
}

/** A message about one party, with the party's {@link ContactName} where its words go (`formatPartyNode`). */
export function PartyPhrase({ format, party }: PartyPhraseProps): ReactNode {
  return formatPartyNode(format, useContact(party).label, <ContactName party={party} />);
}
