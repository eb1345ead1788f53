import type { Result } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, useId, useState } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useDialer } from '../../hooks/useDialer';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { DialTargetInput, useDialTargetField } from '../shared/DialTargetField';
import { cx, flag, joinIds } from '../shared/domProps';

/** Why the store refused a dial that the control allowed (e.g. no line to dial from). */
type SendRefusal = Extract<Result, { ok: false }>['reason'];

// `+` lets the keypad alone produce an E.164 number.
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#', '+'] as const;

/** Props of {@link DialPad}: any `<form>` prop but `onSubmit`; `className` is added to the kit's. */
export interface DialPadProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'children'> {
  /** The line to call from (one of the agent's numbers); default: the store's choice. */
  readonly from?: string;
  /** Called after a dial was sent, with the normalised number. */
  readonly onDial?: (to: string) => void;
}

/**
 * A "Phone number" text box, a keypad and a "Call" button. Refuses anything but E.164 or `client:<id>`
 * (spaces and dashes are dropped) with a message tied to the box; while dialling is not possible (a call
 * in progress, mandatory tagging) the Call button says why. `data-state` is `ready` or `disabled`.
 * @example <DialPad onDial={(to) => log(to)} />
 */
export const DialPad = /*#__PURE__*/ forwardRef<HTMLFormElement, DialPadProps>(function DialPad(
  { from, onDial, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const control = useControlState('dial');
  const { dial } = useDialer();
  const field = useDialTargetField();
  const [refusal, setRefusal] = useState<SendRefusal | undefined>(undefined);
  const refusalId = useId();
  const { value, invalid } = field;

  const type = (text: string): void => {
    field.setText(text);
    setRefusal(undefined);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!control.enabled) return;
    const to = field.validate();
    if (to === undefined) return;
    const result = dial(to, from === undefined ? undefined : { from });
    if (!result.ok) {
      setRefusal(result.reason);
      return;
    }
    field.setText('');
    onDial?.(to);
  };

  return (
    <form
      aria-label={messages.regions.dialPad}
      noValidate
      {...rest}
      ref={ref}
      className={cx('dk-dial-pad', className)}
      data-state={control.enabled ? 'ready' : 'disabled'}
      data-invalid={flag(invalid)}
      data-reason={control.reason}
      onSubmit={handleSubmit}
    >
      <DialTargetInput field={field} label={messages.labels.phoneNumber} onText={type} />
      <div className="dk-dial-pad__keys">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="dk-button dk-dial-pad__key"
            onClick={() => type(value + key)}
          >
            {key}
          </button>
        ))}
      </div>
      <div className="dk-actions">
        <ControlButton
          type="submit"
          control={control}
          variant="success"
          aria-describedby={joinIds(refusal !== undefined && refusalId)}
        >
          {messages.controls.call}
        </ControlButton>
        <button
          type="button"
          className="dk-button"
          disabled={value === ''}
          onClick={() => type(value.slice(0, -1))}
        >
          {messages.controls.deleteDigit}
        </button>
      </div>
      {refusal !== undefined && (
        <p id={refusalId} role="alert" className="dk-notice" data-tone="error">
          {messages.reasons[refusal]}
        </p>
      )}
    </form>
  );
});
