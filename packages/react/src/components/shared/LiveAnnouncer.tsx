import type { ReactNode } from 'react';
import { cx } from './domProps';

/** Props of {@link LiveAnnouncer}. */
export interface LiveAnnouncerProps {
  /** The sentence to announce; a change of it is read out politely. */
  readonly message: string;
  /** Show the text instead of keeping it for assistive technology only. */
  readonly visible?: boolean;
  readonly className?: string;
}

/**
 * A polite live region: screen readers read `message` whenever it changes, without moving focus.
 * @example <LiveAnnouncer message={messages.status[status]} />
 */
export function LiveAnnouncer({ message, visible = false, className }: LiveAnnouncerProps): ReactNode {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={cx(visible ? 'dk-live' : 'dk-visually-hidden', className)}
    >
      {message}
    </div>
  );
}
