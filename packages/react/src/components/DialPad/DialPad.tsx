import { type ControlState, type Result, selectDialAnswered } from '@dialer-kit/core';
import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, useState } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useDialer } from '../../hooks/useDialer';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useDialTargetField } from '../../hooks/useDialTargetField';
import { useMessages } from '../../messages';
import { shortcutTarget } from '../../shortcuts/runShortcut';
import { ControlButton, DISABLED } from '../shared/ControlButton';
import { DialTargetInput } from '../shared/DialTargetField';
import { cx, flag } from '../shared/domProps';
import { PHONE } from '../shared/icons';
import { NoticeSlot, useDismissibleNotice } from '../shared/NoticeSlot';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';

/** Why the store refused a dial that the control allowed (e.g. no line to dial from), as one refusal. */
interface Refusal {
  readonly reason: Extract<Result, { ok: false }>['reason'];
}

// The field the "go to the dial pad" shortcut focuses.
const DIAL_PAD_TARGET = /*#__PURE__*/ shortcutTarget('focusDialPad');
const ENABLED: ControlState = { enabled: true, pending: false, reason: undefined };

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
 * A "Phone number" text box, a keypad and a "Call" button. Takes E.164, `client:<id>` or, once the
 * phone-number rules have loaded, a national number of the line dialled from (`020 7183 8750` on a +44
 * line); shows under the box the number it will dial ("Dials +44 20 7183 8750") and refuses anything else
 * with the reason tied to the box (spaces, dashes and brackets are dropped); E.164 is what is sent. While
 * dialling is not possible (a call in progress, mandatory tagging) the Call button says why, in one line
 * under the buttons ("Delete last digit" too, while the box is empty). The number dialled stays in the box until that call is answered,
 * so a dial that fails or is not answered can be tried again (the call bar says why it ended). A dial the
 * kit refused shows as a polite notice. `data-state` is `ready` or `disabled`.
 * @example <DialPad onDial={(to) => log(to)} />
 */
export const DialPad = /*#__PURE__*/ forwardRef<HTMLFormElement, DialPadProps>(function DialPad(
  { from, onDial, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const control = useControlState('dial');
  const { dial } = useDialer();
  const field = useDialTargetField(from);
  const [refusal, setRefusal] = useState<Refusal | undefined>(undefined);
  // The number dialled, kept in the box until that call is answered.
  const [placed, setPlaced] = useState<string | undefined>(undefined);
  const answered = useDialerSelector((state) => placed !== undefined && selectDialAnswered(state, placed), {
    hookName: 'DialPad',
  });
  const reasons = useReasonLine();
  const { value, invalid } = field;
  const notice = useDismissibleNotice(
    refusal === undefined
      ? undefined
      : { text: messages.reasons[refusal.reason], tone: 'error', about: refusal },
  );
  if (answered) {
    // Adjusting state while rendering: the answered call is the pad's cue to clear the box.
    setPlaced(undefined);
    field.setText('');
  }

  const type = (text: string): void => {
    field.setText(text);
    setRefusal(undefined);
    setPlaced(undefined);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!control.enabled) return;
    const to = field.validate();
    if (to === undefined) return;
    const result = dial(to, from === undefined ? undefined : { from });
    if (!result.ok) {
      setRefusal({ reason: result.reason });
      return;
    }
    setRefusal(undefined);
    setPlaced(to);
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
      <DialTargetInput
        field={field}
        label={messages.labels.phoneNumber}
        onText={type}
        inputProps={DIAL_PAD_TARGET}
      />
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
          {...reasons.describe(control)}
          icon={PHONE}
        >
          {messages.controls.call}
        </ControlButton>
        <ControlButton
          control={value === '' ? DISABLED : ENABLED}
          reasonText={messages.labels.nothingToDelete}
          onActivate={() => type(value.slice(0, -1))}
          {...reasons.describe(value === '' ? DISABLED : ENABLED, messages.labels.nothingToDelete)}
        >
          {messages.controls.deleteDigit}
        </ControlButton>
        <ReasonLine reasons={reasons} />
      </div>
      <NoticeSlot {...notice} className="dk-dial-pad__notice" />
    </form>
  );
});
