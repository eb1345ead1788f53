import type { FailedOperation } from '@dialer-kit/core';
import { type MouseEvent, type ReactNode, useId, useState } from 'react';
import type { DialerMessages } from '../../messages';
import { useMessages } from '../../messages';
import { formatBusText } from './BusText';
import { cx, flag } from './domProps';

/** A notice to show: what it says, its tone, and what it is about (a new `about` shows again). */
export interface Notice {
  readonly text: ReactNode;
  /** `error`: something failed; `info`: news the agent did not cause; `success`: a confirmation. */
  readonly tone: 'error' | 'info' | 'success';
  /** The news itself (a selector's result): the same value while it stands, another for new news. */
  readonly about: unknown;
}

/** "Swap failed. The dialer refused it.": what failed, then why, in the kit's words. */
export const failureText = (messages: DialerMessages, { operation, reason }: FailedOperation): string =>
  messages.format.failureNotice(messages.failures[operation], messages.failureReasons[reason]);

/**
 * The notice of a failed operation, e.g. "Swap failed. The dialer refused it." or, with the bus's own words
 * (isolated, they may hold any script), "Tags could not be saved. Tag 2 is archived".
 */
export function failureNotice(
  messages: DialerMessages,
  failure: FailedOperation | undefined,
): Notice | undefined {
  if (failure === undefined) return undefined;
  const what = messages.failures[failure.operation];
  const text =
    failure.message === undefined
      ? failureText(messages, failure)
      : formatBusText((reason: string) => messages.format.failureNotice(what, reason), failure.message);
  return { text, tone: 'error', about: failure };
}

/** A notice and how to put it away, from {@link useDismissibleNotice}. */
export interface DismissibleNotice {
  /** The notice to show: `undefined` without one or once dismissed. */
  readonly notice: Notice | undefined;
  readonly dismiss: () => void;
}

/**
 * UI state of a dismissible notice: what the agent put away (the store keeps the news itself); new news
 * (another `about`) shows again.
 */
export function useDismissibleNotice(notice: Notice | undefined): DismissibleNotice {
  const [dismissed, setDismissed] = useState<unknown>(undefined);
  return {
    notice: notice === undefined || notice.about === dismissed ? undefined : notice,
    dismiss: () => setDismissed(notice?.about),
  };
}

/** Props of {@link NoticeSlot}. */
export interface NoticeSlotProps extends DismissibleNotice {
  readonly className?: string;
  /** The id of the notice's text, for a control it is about to be described by it. */
  readonly textId?: string;
  /** Where focus goes once dismissed (default: the nearest focusable region, dialog or form around it). */
  readonly onDismissed?: () => void;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select, textarea, a[href]';

/**
 * Where a component's notices appear: a polite live region, mounted before any news so that screen
 * readers read each notice as it comes (without moving focus), and a Dismiss button beside the text while
 * a notice shows. Once dismissed, focus goes back to the component (the nearest focusable region or
 * dialog around the slot), not to the page. `data-tone` is the notice's tone; `data-empty` without one.
 */
export function NoticeSlot({ notice, dismiss, className, textId, onDismissed }: NoticeSlotProps): ReactNode {
  const messages = useMessages();
  const ownId = useId();
  const id = textId ?? ownId;
  const close = (event: MouseEvent<HTMLButtonElement>): void => {
    const root = event.currentTarget.parentElement;
    dismiss();
    if (onDismissed !== undefined) {
      onDismissed();
      return;
    }
    const home = root?.parentElement?.closest<HTMLElement>('[tabindex="-1"], dialog, form');
    if (home === null || home === undefined) return;
    const target = home.matches('[tabindex="-1"]')
      ? home
      : [...home.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => !root?.contains(el));
    target?.focus();
  };
  return (
    <div
      className={cx('dk-notice-slot', className)}
      data-tone={notice?.tone}
      data-empty={flag(notice === undefined)}
    >
      <p id={id} aria-live="polite" aria-atomic="true" className="dk-notice-slot__text">
        {notice?.text}
      </p>
      {notice !== undefined && (
        <button
          type="button"
          className="dk-button dk-notice-slot__dismiss"
          aria-describedby={id}
          onClick={close}
        >
          {messages.controls.dismiss}
        </button>
      )}
    </div>
  );
}
