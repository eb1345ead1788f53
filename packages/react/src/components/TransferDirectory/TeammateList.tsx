import type { CallParty } from '@dialer-kit/core';
import type { FocusEvent, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useContact } from '../../hooks/useContact';
import type { TeammateView } from '../../hooks/useTransferDirectory';
import { availabilityLabel, useMessages } from '../../messages';
import { BusText } from '../shared/BusText';

/**
 * Most rows whose teammates are looked up in the host's contacts (`resolveContact`): a search narrowed to
 * this many names each row by its contact; a longer list keeps the names it has, so a team of thousands
 * never floods the host with lookups.
 */
export const CONTACT_ROWS = 20;

/**
 * A row's name: the teammate's contact name once the host answers. Words only: a row is an option, so the
 * contact's link (or anything else interactive) may not sit in it.
 */
function ContactLabel({ teammate }: { readonly teammate: TeammateView }): ReactNode {
  return <BusText>{useContact(teammateParty(teammate)).label}</BusText>;
}

/** A teammate as a party, named as the directory names them until their contact comes. */
const teammateParty = ({ userId, label }: TeammateView): CallParty => ({
  source: 'sync',
  userId,
  name: label,
  isHeld: false,
});

/** Props of {@link TeammateList}. */
export interface TeammateListProps {
  readonly id: string;
  readonly teammates: readonly TeammateView[];
  readonly selectedId: number | undefined;
  readonly onSelect: (userId: number) => void;
}

/** The id of a teammate's option in the list `listId`. */
export const teammateOptionId = (listId: string, userId: number): string => `${listId}-${userId}`;

/** The next option's index for a navigation key, `undefined` for any other key. */
function moveTo(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The user id of the option an event happened in, if any. */
function userIdOf(target: EventTarget): number | undefined {
  const option = (target as Element).closest?.('[role="option"]');
  const userId = Number(option?.getAttribute('data-user-id'));
  return option != null && Number.isSafeInteger(userId) ? userId : undefined;
}

/**
 * A single-select listbox of teammates, each with their presence in words. One tab stop (roving focus): the
 * arrows, Home and End move focus and the selection with it; a click selects.
 */
export function TeammateList({ id, teammates, selectedId, onSelect }: TeammateListProps): ReactNode {
  const messages = useMessages();
  const selectedIndex = teammates.findIndex((teammate) => teammate.userId === selectedId);
  // The option Tab lands on: the picked one, else the first.
  const tabStop = selectedIndex === -1 ? teammates[0]?.userId : selectedId;
  const lookUp = teammates.length <= CONTACT_ROWS;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const current = userIdOf(event.target);
    const index = teammates.findIndex((teammate) => teammate.userId === current);
    const next = moveTo(event.key, index, teammates.length);
    const teammate = next === undefined ? undefined : teammates[next];
    if (teammate === undefined) return;
    event.preventDefault();
    onSelect(teammate.userId);
    event.currentTarget.ownerDocument.getElementById(teammateOptionId(id, teammate.userId))?.focus();
  };

  // Selection follows focus, however it came (Tab, a click, the search box's Down arrow).
  const select = (event: FocusEvent<HTMLDivElement> | MouseEvent<HTMLDivElement>): void => {
    const userId = userIdOf(event.target);
    if (userId !== undefined && userId !== selectedId) onSelect(userId);
  };

  return (
    <div
      id={id}
      role="listbox"
      aria-label={messages.directory.list}
      className="dk-directory__list"
      onKeyDown={handleKeyDown}
      onFocus={select}
      onClick={select}
    >
      {teammates.map((teammate) => {
        const presence = availabilityLabel(messages, teammate.status);
        return (
          <div
            key={teammate.userId}
            id={teammateOptionId(id, teammate.userId)}
            role="option"
            tabIndex={teammate.userId === tabStop ? 0 : -1}
            aria-selected={teammate.userId === selectedId}
            className="dk-directory__option"
            data-user-id={teammate.userId}
            data-state={teammate.status}
          >
            <span className="dk-directory__name">
              {lookUp ? <ContactLabel teammate={teammate} /> : <BusText>{teammate.label}</BusText>}
            </span>
            {/* Named from its content, "Sam Teammate Available": the space keeps the two words apart. */}{' '}
            <span className="dk-presence" data-state={teammate.status}>
              <BusText>{presence}</BusText>
            </span>
          </div>
        );
      })}
    </div>
  );
}
