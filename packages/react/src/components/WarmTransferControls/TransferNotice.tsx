import { selectTransferNotice, type TransferNotice as TransferNews } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useContact } from '../../hooks/useContact';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { type DialerMessages, useMessages } from '../../messages';
import { formatBusText } from '../shared/BusText';
import { failureText, type Notice, NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';

/** The words and tone of the transfer's news. */
function transferNotice(
  messages: DialerMessages,
  news: TransferNews | undefined,
  transferee: string,
): Notice | undefined {
  if (news === undefined) return undefined;
  if (news.kind === 'failure')
    return { text: failureText(messages, news.failure), tone: 'error', about: news };
  const format = news.kind === 'declined' ? messages.format.transferDeclined : messages.format.transferLeft;
  const text =
    news.to === undefined ? format(messages.labels.theTransferee) : formatBusText(format, transferee);
  return { text, tone: news.kind === 'declined' ? 'error' : 'info', about: news };
}

/**
 * The transfer's news in a polite live region with a Dismiss button: a start, swap or merge that failed
 * ("Swap failed. The dialer refused it."), or a transferee who declined, did not answer or left.
 */
export function TransferNotice(): ReactNode {
  const messages = useMessages();
  const news = useDialerSelector(selectTransferNotice, { hookName: 'WarmTransferControls' });
  const transferee = useContact(news?.kind === 'failure' ? undefined : news?.to).label;
  const notice = useDismissibleNotice(transferNotice(messages, news, transferee));
  return <NoticeSlot {...notice} className="dk-warm-transfer__notice" />;
}
