import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useWrapUpCountdown } from '../../hooks/useWrapUpCountdown';
import { availabilityLabel, useMessages } from '../../messages';
import { useDialerStore } from '../../provider/useDialerStore';
import { cx, flag } from '../shared/domProps';

/** Props of {@link AvailabilityBadge}: any `<div>` prop; `className` is added to the kit's. */
export type AvailabilityBadgeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The agent's availability in words (a polite status) and, during after-call work, the wrap-up countdown.
 * `data-state` is the availability status (`unknown` before the bus reports it).
 * @example <AvailabilityBadge className="crm-presence" />
 */
export const AvailabilityBadge = forwardRef<HTMLDivElement, AvailabilityBadgeProps>(
  function AvailabilityBadge({ className, ...rest }, ref) {
    const messages = useMessages();
    const store = useDialerStore('AvailabilityBadge');
    // Only what the badge shows: not `updatedAt` nor whether it may change (that flips with every call).
    const { status, isUpdating } = useStore(
      store.api,
      useShallow((state) => ({
        status: state.availability.self?.status,
        isUpdating: state.requests['API.UPDATE_AVAILABILITY'] !== undefined,
      })),
    );
    const secondsLeft = useWrapUpCountdown();
    const wrappingUp = secondsLeft !== undefined && secondsLeft > 0;

    return (
      <div
        {...rest}
        ref={ref}
        className={cx('dk-availability', className)}
        data-state={status ?? 'unknown'}
        data-updating={flag(isUpdating)}
        data-wrap-up={flag(wrappingUp)}
      >
        <span role="status" className="dk-availability__status">
          <span className="dk-visually-hidden">{messages.regions.availability}: </span>
          {status === undefined ? messages.connection.connecting : availabilityLabel(messages, status)}
        </span>
        {/* Outside the live region on purpose: a countdown announced every second would drown the reader. */}
        {wrappingUp && (
          <span className="dk-availability__countdown">{messages.format.wrapUpEndsIn(secondsLeft)}</span>
        )}
      </div>
    );
  },
);
