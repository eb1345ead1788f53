import { selectWarmTransferPhase } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef, useCallback } from 'react';
import { useDialer } from '../../hooks/useDialer';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useMessages } from '../../messages';
import { cx, flag } from '../shared/domProps';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { TransferForm } from './TransferForm';
import { TransferNotice } from './TransferNotice';
import { TransferPanel } from './TransferPanel';

/** Props of {@link WarmTransferControls}: any `<section>` prop; `className` is added to the kit's. */
export type WarmTransferControlsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * Warm transfer for the initiating agent: "Transfer to" + "Start transfer" on a connected regular call;
 * during the transfer, who the agent talks with and who is on hold, with "Swap" and "Merge". A failed
 * start or swap shows a notice. Until the transferee answers, "Calling" shows the transfer's target (from
 * the store, however the transfer was started) and the customer is on hold. Renders nothing when no
 * transfer is possible or running. Focus that was in the panel stays in the region when its content
 * changes, and goes to the call bar when it goes.
 * `data-state` is the call status; `data-active` / `data-pending` flag the transfer.
 * @example <WarmTransferControls className="crm-transfer" />
 */
export const WarmTransferControls = /*#__PURE__*/ forwardRef<HTMLElement, WarmTransferControlsProps>(
  function WarmTransferControls({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const { startWarmTransfer } = useDialer();
    // Selected narrowly (one object while no transfer is possible), so call changes then cause no render.
    const { phase, status, isPending } = useDialerSelector(selectWarmTransferPhase, { equality: 'shallow' });
    const rescue = useFocusRescue(ref, { toContainer: true, fallback: findCallBar, onFocus, onBlur });
    const start = useCallback((to: string): boolean => startWarmTransfer(to).ok, [startWarmTransfer]);
    if (phase === 'none') return null;
    const isActive = phase === 'active';

    return (
      <section
        aria-label={messages.regions.warmTransfer}
        tabIndex={-1}
        {...rest}
        {...rescue}
        className={cx('dk-warm-transfer', className)}
        data-state={status}
        data-active={flag(isActive)}
        data-pending={flag(isPending)}
      >
        <TransferNotice />
        {isActive ? <TransferPanel isPending={isPending} /> : <TransferForm onStart={start} />}
      </section>
    );
  },
);
