import type { ReactNode } from 'react';
import type { ContactParty } from '../../contacts/contactDirectory';
import { useContact } from '../../hooks/useContact';
import { BusText } from '../shared/BusText';

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
