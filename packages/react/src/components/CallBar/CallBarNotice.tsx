import { type CallNotice, selectCallNotice, selectSavedTags, type Tag } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { partyOfName } from '../../contacts/contactDirectory';
import { useContact } from '../../hooks/useContact';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { type DialerMessages, useMessages } from '../../messages';
import { formatBusText } from '../shared/BusText';
import { type Notice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';

/** The words and tone of the bar's news. */
function callNotice(messages: DialerMessages, news: CallNotice | undefined, who: string): Notice | undefined {
  if (news === undefined) return undefined;
  if (news.kind === 'failure') {
    const { operation, reason } = news.failure;
    const text = messages.format.failureNotice(messages.failures[operation], messages.failureReasons[reason]);
    return { text, tone: 'error', about: news };
  }
  const tone = news.cause === 'merged' ? 'success' : news.cause === 'other-party' ? 'info' : 'error';
  return { text: formatBusText(messages.callEnds[news.cause], who), tone, about: news };
}

/** "Tags saved: Qualified lead, Follow-up", the names as the bus confirmed them. */
function savedNotice(messages: DialerMessages, tags: readonly Tag[] | undefined): Notice | undefined {
  if (tags === undefined) return undefined;
  const names = tags.map((tag) => tag.name ?? messages.afterCall.tag(tag.id)).join(', ');
  return { text: formatBusText(messages.format.tagsSaved, names), tone: 'success', about: tags };
}

/**
 * The call bar's news, each in a polite live region with a Dismiss button (focus never moves to it): the
 * last failure of one of its own operations since the call last changed status ("Hold failed. …"), how a
 * call ended that the agent did not end ("+1415… hung up.", "The call to +1415… could not be placed."),
 * and the tags the bus saved for the ended call. Transfers have their own notice next to their controls.
 */
export function CallBarNotice(): ReactNode {
  const messages = useMessages();
  const news = useDialerSelector(selectCallNotice);
  const tags = useDialerSelector(selectSavedTags);
  // Who the call was with, by the contact's name once known.
  const who = useContact(news?.kind === 'ended' ? partyOfName(news.party) : undefined).label;
  const call = useDismissibleNotice(callNotice(messages, news, who));
  const saved = useDismissibleNotice(savedNotice(messages, tags));
  return (
    <>
      <NoticeSlot {...call} className="dk-call-bar__notice" />
      <NoticeSlot {...saved} className="dk-call-bar__notice" />
    </>
  );
}
