import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from './domProps';

/** Props of {@link LiveAnnouncer}. */
export interface LiveAnnouncerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  /** The sentence to announce; a change of it is read out politely. */
  readonly message: string;
  /** Show the text instead of keeping it for assistive technology only. */
  readonly visible?: boolean;
}

/**
 * A polite live region: screen readers read `message` whenever it changes, without moving focus.
 * @example <LiveAnnouncer message={messages.status[status]} />
 */
export const LiveAnnouncer = /*#__PURE__*/ forwardRef<HTMLDivElement, LiveAnnouncerProps>(
  function LiveAnnouncer({ message, visible = false, className, ...rest }, ref) {
    return (
      <div
        {...rest}
        ref={ref}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={cx(visible ? 'dk-live' : 'dk-visually-hidden', className)}
      >
        {message}
      </div>
    );
  },
);
