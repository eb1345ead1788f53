import type { FailedOperation } from '@dialer-kit/core';
import { type ReactNode, useId, useState } from 'react';
import { useMessages } from '../../messages';

/** A failure to show and how to put it away, from {@link useDismissibleFailure}. */
export interface DismissibleFailureState {
  /** The failure to show: `undefined` without one or once dismissed. */
  readonly failure: FailedOperation | undefined;
  readonly dismiss: () => void;
}

/**
 * UI state of a dismissible notice: which failure the agent put away (the store keeps the failure itself);
 * a new failure shows again. Kept by the component that owns the focus, so that the re-render after a
 * dismissal lets it take the focus back from the button that went.
 */
export function useDismissibleFailure(failure: FailedOperation | undefined): DismissibleFailureState {
  const [dismissed, setDismissed] = useState<FailedOperation | undefined>(undefined);
  return {
    failure: failure === dismissed ? undefined : failure,
    dismiss: () => setDismissed(failure),
  };
}

/** Props of {@link DismissibleFailure}. */
export type DismissibleFailureProps = DismissibleFailureState;

/**
 * "Swap failed. The dialer refused it." with a Dismiss button: the sentence is an alert (read out at once,
 * focus stays where it is). Renders nothing without a failure.
 */
export function DismissibleFailure({ failure, dismiss }: DismissibleFailureProps): ReactNode {
  const messages = useMessages();
  const textId = useId();
  if (failure === undefined) return null;
  return (
    <div className="dk-notice dk-notice--dismissible" data-tone="error">
      <p id={textId} role="alert" className="dk-notice__text">
        {messages.format.failureNotice(
          messages.failures[failure.operation],
          messages.failureReasons[failure.reason],
        )}
      </p>
      <button
        type="button"
        className="dk-button dk-notice__dismiss"
        aria-describedby={textId}
        onClick={dismiss}
      >
        {messages.controls.dismiss}
      </button>
    </div>
  );
}
