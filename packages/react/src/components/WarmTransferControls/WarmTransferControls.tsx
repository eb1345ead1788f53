import { type ComponentPropsWithoutRef, forwardRef, useCallback, useRef, useState } from 'react';
import { useMessages } from '../../messages';
import { useDialerStore } from '../../provider/useDialerStore';
import { useComposedRefs } from '../shared/composeRefs';
import { cx, flag } from '../shared/domProps';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';
import { TransferForm } from './TransferForm';
import { TransferNotice } from './TransferNotice';
import { TransferPanel } from './TransferPanel';
import { useTransferPhase } from './useTransferPhase';

/** Props of {@link WarmTransferControls}: any `<section>` prop; `className` is added to the kit's. */
export type WarmTransferControlsProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * Warm transfer for the initiating agent: "Transfer to" + "Start transfer" on a connected regular call;
 * during the transfer, who the agent talks with and who is on hold, with "Swap" and "Merge". A failed
 * start or swap shows a notice. Until the transferee answers (no SYNC yet), "Calling" shows the number the
 * agent typed and the customer is on hold. Renders nothing when no transfer is possible or running. Focus
 * that was in the panel stays in the region when its content changes, and goes to the call bar when it goes.
 * `data-state` is the call status; `data-active` / `data-pending` flag the transfer.
 * @example <WarmTransferControls className="crm-transfer" />
 */
export const WarmTransferControls = forwardRef<HTMLElement, WarmTransferControlsProps>(
  function WarmTransferControls({ className, onFocus, onBlur, ...rest }, ref) {
    const messages = useMessages();
    const store = useDialerStore('WarmTransferControls');
    const { phase, status, ringing, isPending } = useTransferPhase();
    // What the agent typed: the bus names the transferee only in the SYNC after it answers.
    const [calling, setCalling] = useState<string | undefined>(undefined);
    const rootRef = useRef<HTMLElement>(null);
    const composedRef = useComposedRefs(ref, rootRef);
    const rescue = useFocusRescue(rootRef, { toContainer: true, fallback: findCallBar });
    const start = useCallback(
      (to: string): boolean => {
        const ok = store.actions.startWarmTransfer(to).ok;
        if (ok) setCalling(to);
        return ok;
      },
      [store],
    );
    if (phase === 'hidden') return null;
    const isActive = phase === 'active';

    return (
      <section
        aria-label={messages.regions.warmTransfer}
        tabIndex={-1}
        {...rest}
        ref={composedRef}
        className={cx('dk-warm-transfer', className)}
        data-state={status}
        data-active={flag(isActive)}
        data-pending={flag(isPending)}
        onFocus={(event) => {
          onFocus?.(event);
          rescue.onFocus();
        }}
        onBlur={(event) => {
          onBlur?.(event);
          rescue.onBlur(event);
        }}
      >
        <TransferNotice />
        {isActive ? (
          <TransferPanel ringing={ringing} calling={calling} isPending={isPending} />
        ) : (
          <TransferForm onStart={start} />
        )}
      </section>
    );
  },
);
