import type { ControlState } from '@dialer-kit/core';
import {
  type ComponentPropsWithoutRef,
  type FormEvent,
  forwardRef,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
} from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useMandatoryTagging } from '../../hooks/useMandatoryTagging';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { useComposedRefs } from '../shared/composeRefs';
import { cx, flag } from '../shared/domProps';

/** Moves focus back to the element saved in `saved` (if it is still on the page) and forgets it. */
function restoreFocus(saved: { current: Element | null }): void {
  const previous = saved.current;
  saved.current = null;
  if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
}

/** Props of {@link MandatoryTagModal}: any `<dialog>` prop but `open` (the bus decides when it opens). */
export type MandatoryTagModalProps = Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'children'>;

/**
 * The modal "Tag this call" dialog, open exactly while the bus is in `mandatoryTagging`: one checkbox per
 * tag of the provider's catalogue and "Save tags" (DIALER.SET_TAGS). It cannot be dismissed (Escape,
 * outside click) until the bus leaves `mandatoryTagging` (Decision 6); a refused save shows an alert and
 * may be retried. Focus moves in on open and back to where it was on close.
 * @example <MandatoryTagModal className="crm-modal" />
 */
export const MandatoryTagModal = forwardRef<HTMLDialogElement, MandatoryTagModalProps>(
  function MandatoryTagModal({ className, onCancel, onClose, ...rest }, ref) {
    const messages = useMessages();
    const tagging = useMandatoryTagging();
    const setTagsControl = useControlState('setTags');
    const { isRequired, tags, selectedTagIds, isSubmitting, error } = tagging;
    const dialogRef = useRef<HTMLDialogElement>(null);
    const composedRef = useComposedRefs(ref, dialogRef);
    const returnFocusTo = useRef<Element | null>(null);
    const titleId = useId();

    const nothingPicked = selectedTagIds.length === 0;
    const needsPick = nothingPicked && setTagsControl.enabled && !isSubmitting;
    const save: ControlState = isSubmitting
      ? { enabled: false, pending: true, reason: 'request-pending' }
      : needsPick
        ? { enabled: false, pending: false, reason: undefined }
        : setTagsControl;

    useEffect(() => {
      const dialog = dialogRef.current;
      if (dialog === null) return;
      if (isRequired && !dialog.open) {
        returnFocusTo.current = dialog.ownerDocument.activeElement;
        dialog.showModal();
      } else if (!isRequired && dialog.open) {
        dialog.close();
      }
    }, [isRequired]);

    useEffect(() => {
      const dialog = dialogRef.current;
      return () => {
        // Unmounted while open: the removed dialog leaves the top layer by itself, focus must come back.
        // (StrictMode's rehearsal keeps the node connected, and the dialog open.)
        if (dialog !== null && !dialog.isConnected) restoreFocus(returnFocusTo);
      };
    }, []);

    const handleCancel = (event: SyntheticEvent<HTMLDialogElement>): void => {
      onCancel?.(event);
      if (isRequired) event.preventDefault();
    };

    const handleClose = (event: SyntheticEvent<HTMLDialogElement>): void => {
      onClose?.(event);
      const dialog = event.currentTarget;
      // Browsers may force a close (a repeated Escape without user activation ignores preventDefault).
      if (isRequired && dialog.isConnected) {
        if (!dialog.open) dialog.showModal();
        return;
      }
      restoreFocus(returnFocusTo);
    };

    const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
      event.preventDefault();
      if (save.enabled) void tagging.submit();
    };

    return (
      <dialog
        aria-labelledby={titleId}
        {...rest}
        ref={composedRef}
        closedby="none"
        className={cx('dk-tag-modal', className)}
        data-state={isRequired ? 'open' : 'closed'}
        data-submitting={flag(isSubmitting)}
        data-error={flag(error !== undefined)}
        onCancel={handleCancel}
        onClose={handleClose}
      >
        <form onSubmit={handleSubmit}>
          <h2 id={titleId} className="dk-tag-modal__title">
            {messages.regions.tagThisCall}
          </h2>
          {tags.length === 0 ? (
            <p>{messages.labels.noTags}</p>
          ) : (
            <fieldset className="dk-tag-modal__tags">
              <legend className="dk-visually-hidden">{messages.regions.tags}</legend>
              {tags.map((tag) => (
                <label key={tag.id} className="dk-tag-modal__tag">
                  <input
                    type="checkbox"
                    className="dk-checkbox"
                    checked={selectedTagIds.includes(tag.id)}
                    onChange={() => tagging.toggleTag(tag.id)}
                  />
                  {tag.name}
                </label>
              ))}
            </fieldset>
          )}
          {error !== undefined && (
            <p role="alert" className="dk-notice" data-tone="error">
              {messages.failures.setTags}. {error.message ?? messages.failureReasons[error.reason]}
            </p>
          )}
          <div className="dk-actions">
            <ControlButton
              type="submit"
              control={save}
              variant="primary"
              {...(needsPick ? { reasonText: messages.labels.pickTag } : {})}
            >
              {messages.controls.saveTags}
            </ControlButton>
          </div>
        </form>
      </dialog>
    );
  },
);
