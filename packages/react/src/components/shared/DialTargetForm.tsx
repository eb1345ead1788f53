import type { ControlState } from '@dialer-kit/core';
import type { FormEvent, ReactNode } from 'react';
import { useDialTargetField } from '../../hooks/useDialTargetField';
import { ControlButton } from './ControlButton';
import { DialTargetInput } from './DialTargetField';
import { ReasonLine, useReasonLine } from './ReasonLine';

/** Props of {@link DialTargetForm}. */
export interface DialTargetFormProps {
  /** Label of the number box. */
  readonly label: string;
  /** Text of the submit button. */
  readonly submitLabel: string;
  /** The control the submit button drives. */
  readonly control: ControlState;
  /** Acts on the validated target; `true` when it was sent (the box is then cleared). */
  readonly onSubmit: (to: string) => boolean;
  /** An icon's path (`shared/icons`) drawn before the button's words. */
  readonly icon?: string;
  readonly className?: string;
}

/**
 * A number box and its button: validates the target like the dial pad, then hands it to `onSubmit`. Why the
 * button is disabled is said in one line under the row, as in every action row.
 */
export function DialTargetForm({
  label,
  submitLabel,
  control,
  onSubmit,
  icon,
  className,
}: DialTargetFormProps): ReactNode {
  const field = useDialTargetField();
  const reasons = useReasonLine();
  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!control.enabled) return;
    const to = field.validate();
    if (to !== undefined && onSubmit(to)) field.setText('');
  };
  return (
    <form className={className} noValidate onSubmit={handleSubmit}>
      <DialTargetInput field={field} label={label} />
      <ControlButton
        type="submit"
        control={control}
        variant="primary"
        {...reasons.describe(control)}
        icon={icon}
      >
        {submitLabel}
      </ControlButton>
      <ReasonLine reasons={reasons} />
    </form>
  );
}
