import type { ControlState } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useCallFlow } from '../../hooks/useCallFlow';
import { useControlState } from '../../hooks/useControlState';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { cx, flag } from '../shared/domProps';
import { partyLabel } from '../shared/formatParty';
import { TransferForm } from './TransferForm';

/** Props of {@link WarmTransferControls}: any `<section>` prop; `className` is added to the kit's. */
export type WarmTransferControlsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/** While a start, swap or merge settles, every transfer button is busy, whatever the rules say. */
const BUSY: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

/**
 * Warm transfer for the initiating agent: "Transfer to" + "Start transfer" on a connected regular call;
 * during the transfer, who the agent talks with and who is on hold, with "Swap" and "Merge". A failed
 * start or swap shows a notice. Renders nothing when no transfer is possible or running.
 * `data-state` is the call status; `data-active` / `data-pending` flag the transfer.
 * @example <WarmTransferControls className="crm-transfer" />
 */
export const WarmTransferControls = forwardRef<HTMLElement, WarmTransferControlsProps>(
  function WarmTransferControls({ className, ...rest }, ref) {
    const messages = useMessages();
    const transfer = useWarmTransfer();
    const flow = useCallFlow();
    const swapControl = useControlState('swap');
    const mergeControl = useControlState('merge');
    const { isActive, lastError, status } = transfer;
    // A swap is also unsettled until the SYNC after it shows whether the parties exchanged.
    const isPending = transfer.isPending || swapControl.reason === 'operation-pending';
    const canOffer = flow === 'regular' && status === 'connected';
    if (!isActive && !canOffer) return null;

    return (
      <section
        aria-label={messages.regions.warmTransfer}
        {...rest}
        ref={ref}
        className={cx('dk-warm-transfer', className)}
        data-state={status}
        data-active={flag(isActive)}
        data-pending={flag(isPending)}
      >
        {lastError !== undefined && (
          <p role="alert" className="dk-notice" data-tone="error">
            {messages.failures[lastError.operation]}. {messages.failureReasons[lastError.reason]}
          </p>
        )}
        {isActive ? (
          <>
            <dl className="dk-warm-transfer__parties">
              <dt>{messages.labels.talkingWith}</dt>
              <dd>{partyLabel(messages, transfer.activeParticipant)}</dd>
              <dt>{messages.labels.onHold}</dt>
              <dd>{partyLabel(messages, transfer.inactiveParticipant)}</dd>
            </dl>
            <div className="dk-actions">
              <ControlButton control={isPending ? BUSY : swapControl} onActivate={() => transfer.swap()}>
                {messages.controls.swap}
              </ControlButton>
              <ControlButton
                control={isPending ? BUSY : mergeControl}
                variant="primary"
                onActivate={() => transfer.merge()}
              >
                {messages.controls.merge}
              </ControlButton>
            </div>
          </>
        ) : (
          canOffer && <TransferForm onStart={(to) => transfer.start(to).ok} />
        )}
      </section>
    );
  },
);
