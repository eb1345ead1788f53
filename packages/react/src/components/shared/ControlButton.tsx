import type { ControlReason, ControlState } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent, useId } from 'react';
import { useMessages } from '../../messages';
import { cx, flag, joinIds } from './domProps';
import { Icon } from './icons';

/** A control that cannot be used now for a reason of the component's own (it says why, or needs not). */
export const DISABLED: ControlState = { enabled: false, pending: false, reason: undefined };

/** A reason that only lasts while a command settles: described to assistive technology, not shown. */
export const isTransient = (reason: ControlReason | undefined): boolean =>
  reason === 'operation-pending' || reason === 'request-pending';

/** Props of {@link ControlButton}. */
export interface ControlButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'disabled'> {
  /** The control this button drives, from a hook (`controls.hangUp`). */
  readonly control: ControlState;
  /** Runs on a click the control allows (after `onClick`, unless that called `preventDefault`). */
  readonly onActivate?: () => void;
  /** Colour role, exposed as `data-variant` for the stylesheet. */
  readonly variant?: 'neutral' | 'primary' | 'success' | 'danger';
  /** Override of the reason text shown when disabled (default: the reason's message). */
  readonly reasonText?: string;
  /**
   * The id of the element that already shows why the control is disabled (an action row's reason line,
   * see `useReasonLine`): the button is described by it and shows no reason of its own, so a row of buttons
   * keeps its layout. A transient reason is still described here, visually hidden.
   */
  readonly reasonId?: string | undefined;
  /** An icon's path (`shared/icons`), drawn before the button's words, which stay its name. */
  readonly icon?: string | undefined;
}

/**
 * A button bound to a control: when the control is disabled it stays focusable (`aria-disabled`), refuses
 * clicks and describes why (`aria-describedby` to the reason's text); while its command is pending it is
 * `aria-busy`. The ref and `className` go to the `<button>`. A control whose command the host turned off
 * (`not-supported`) renders nothing.
 * @example <ControlButton control={controls.hangUp} onActivate={hangUp}>{messages.controls.hangUp}</ControlButton>
 */
export const ControlButton = /*#__PURE__*/ forwardRef<HTMLButtonElement, ControlButtonProps>(
  function ControlButton(
    {
      control,
      onActivate,
      variant = 'neutral',
      reasonText,
      reasonId,
      icon,
      children,
      className,
      onClick,
      type = 'button',
      ...rest
    },
    ref,
  ) {
    const messages = useMessages();
    const hintId = useId();
    const reason = control.enabled ? undefined : control.reason;
    // A command the host turned off is gone for good: no button, rather than one that can never work.
    if (reason === 'not-supported') return null;
    const hint = control.enabled ? undefined : (reasonText ?? (reason && messages.reasons[reason]));
    const transient = isTransient(reason);
    // Its own hint, unless the row's reason line shows it: then only the reference stays here.
    const ownHint = hint !== undefined && (transient || reasonId === undefined);
    const describedBy = ownHint ? hintId : hint !== undefined && reasonId;

    const handleClick = (event: MouseEvent<HTMLButtonElement>): void => {
      onClick?.(event);
      // aria-disabled keeps focus on the button, so the click must be refused here (also stops form submit).
      if (!control.enabled) event.preventDefault();
      else if (!event.defaultPrevented) onActivate?.();
    };

    return (
      <span className="dk-control" data-disabled={flag(!control.enabled)}>
        <button
          {...rest}
          ref={ref}
          type={type}
          className={cx('dk-button', className)}
          aria-disabled={control.enabled ? undefined : true}
          aria-busy={control.pending ? true : undefined}
          aria-describedby={joinIds(rest['aria-describedby'], describedBy)}
          data-state={control.pending ? 'pending' : control.enabled ? 'enabled' : 'disabled'}
          data-variant={variant}
          data-disabled={flag(!control.enabled)}
          data-pending={flag(control.pending)}
          data-reason={reason}
          onClick={handleClick}
        >
          {icon !== undefined && <Icon d={icon} />}
          {children}
        </button>
        {ownHint && (
          <span id={hintId} className={transient ? 'dk-visually-hidden' : 'dk-hint'}>
            {hint}
          </span>
        )}
      </span>
    );
  },
);
