import { selectAvailabilityStatus, selectAvailabilityUpdating } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useBusConnection } from '../../hooks/useBusConnection';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useWrapUpCountdown } from '../../hooks/useWrapUpCountdown';
import { availabilityLabel, useMessages } from '../../messages';
import { BusText } from '../shared/BusText';
import { cx, flag } from '../shared/domProps';

/** Props of {@link AvailabilityBadge}: any `<div>` prop; `className` is added to the kit's. */
export type AvailabilityBadgeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The agent's availability in words (a polite status), "(Updating)" while a change is on its way and,
 * during after-call work, the wrap-up countdown. Before the bus reports it, the status says why: the link
 * to the dialer while not ready, else that it is not known yet. `data-state` is the availability status
 * (`unknown` before the bus reports it).
 * @example <AvailabilityBadge className="crm-presence" />
 */
export const AvailabilityBadge = /*#__PURE__*/ forwardRef<HTMLDivElement, AvailabilityBadgeProps>(
  function AvailabilityBadge({ className, ...rest }, ref) {
    const messages = useMessages();
    // Only what the badge shows: not `updatedAt` nor whether it may change (that flips with every call).
    const status = useDialerSelector(selectAvailabilityStatus);
    const isUpdating = useDialerSelector(selectAvailabilityUpdating);
    const connection = useBusConnection().state;
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
          {/* The label of a status the kit does not know is the bus's own text (Decision 8). */}
          {status !== undefined ? (
            <BusText>{availabilityLabel(messages, status)}</BusText>
          ) : connection === 'ready' ? (
            messages.labels.availabilityUnknown
          ) : (
            messages.connection[connection]
          )}
          {/* In the live region: the agent hears the change is under way, then its outcome. */}
          {isUpdating && <span className="dk-availability__updating"> ({messages.labels.updating})</span>}
        </span>
        {/* Outside the live region on purpose: a countdown announced every second would drown the reader. */}
        {wrappingUp && (
          <span className="dk-availability__countdown">{messages.format.wrapUpEndsIn(secondsLeft)}</span>
        )}
      </div>
    );
  },
);
