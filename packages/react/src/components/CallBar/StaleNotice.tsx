import type { DialerState } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useMessages } from '../../messages';

const isStale = (state: DialerState): boolean => state.session.silence?.stale === true;

/**
 * "Phone may be out of date – reconnecting…" while the bus is silent and has not answered the kit's request
 * for fresh state (`useBusConnection().stale`). A polite live region, mounted before the news so that it
 * is read out when it comes; it goes by itself with the bus's next message. It blocks nothing: the
 * controls that still work stay usable.
 */
export function StaleNotice(): ReactNode {
  const messages = useMessages();
  const stale = useDialerSelector(isStale);
  return (
    <p
      className="dk-call-bar__stale"
      aria-live="polite"
      aria-atomic="true"
      data-empty={stale ? undefined : ''}
    >
      {stale ? messages.labels.busStale : null}
    </p>
  );
}
