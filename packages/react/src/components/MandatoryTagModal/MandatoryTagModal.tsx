import { selectTaggingFailure, selectTaggingRequired, selectTagsSubmitting } from '@dialer-kit/core';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
} from 'react';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { useComposedRefs } from '../shared/composeRefs';
import { cx, flag } from '../shared/domProps';
import { type EndModal, openModal } from './openModal';
import { TagForm } from './TagForm';

/**
 * Moves focus back to the element saved in `saved` (if it is still on the page) and forgets it. Where it
 * has focus already (a native `close()` gives it back; the body had it) nothing is done: `focus()` would
 * force the browser to recompute the page's style and layout on the spot.
 */
function restoreFocus(saved: { current: Element | null }): void {
  const previous = saved.current;
  saved.current = null;
  if (
    previous instanceof HTMLElement &&
    previous.isConnected &&
    previous !== previous.ownerDocument.activeElement
  )
    previous.focus();
}

/** Props of {@link MandatoryTagModal}: any `<dialog>` prop but `open` (the bus decides when it opens). */
export type MandatoryTagModalProps = Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'children'>;

/**
 * The modal "Tag this call" dialog, open exactly while the bus is in `mandatoryTagging`, described by the
 * call it is about (party, line) and why tagging is required, with the wrap-up time left: one checkbox per
 * tag of the provider's catalogue and "Save tags" (DIALER.SET_TAGS); with no catalogue it says so and saves
 * no tag. It cannot be dismissed (Escape, outside click) until the bus leaves `mandatoryTagging`
 * (Decision 6); a refused save shows a polite notice and may be retried. The call bar confirms the saved
 * tags once the dialog has closed. Focus moves in on open and back to where it was on close. While closed
 * it re-renders only when tagging becomes required. Where the engine has no `showModal()` (jsdom, older
 * browsers) it still opens as a modal dialog: `open`, `role="dialog"` with `aria-modal`, focus moved in and
 * kept in, the rest of the page `inert` where supported.
 * @example <MandatoryTagModal className="crm-modal" />
 */
export const MandatoryTagModal = /*#__PURE__*/ forwardRef<HTMLDialogElement, MandatoryTagModalProps>(
  function MandatoryTagModal({ className, onCancel, onClose, ...rest }, ref) {
    // Only what the closed dialog shows: the rest is read by TagForm, mounted while open.
    const { isRequired, isSubmitting, hasError } = useDialerSelector(
      (state) => {
        const required = selectTaggingRequired(state);
        return {
          isRequired: required,
          isSubmitting: required && selectTagsSubmitting(state),
          hasError: required && selectTaggingFailure(state) !== undefined,
        };
      },
      { equality: 'shallow', hookName: 'MandatoryTagModal' },
    );
    const dialogRef = useRef<HTMLDialogElement>(null);
    const composedRef = useComposedRefs(ref, dialogRef);
    const returnFocusTo = useRef<Element | null>(null);
    const endModal = useRef<EndModal | null>(null);
    const titleId = useId();
    const descriptionId = useId();

    useEffect(() => {
      const dialog = dialogRef.current;
      if (dialog === null) return;
      // The attribute, not `dialog.open`: engines without `<dialog>` have no such property.
      const open = dialog.hasAttribute('open');
      if (isRequired && !open) {
        returnFocusTo.current = dialog.ownerDocument.activeElement;
        endModal.current = openModal(dialog);
      } else if (!isRequired && open) {
        endModal.current?.(true);
        endModal.current = null;
        // Now, not at the `close` event: a dialog closed by hand fires none.
        restoreFocus(returnFocusTo);
      }
    }, [isRequired]);

    useEffect(() => {
      const dialog = dialogRef.current;
      return () => {
        // Unmounted while open: the removed dialog leaves the top layer by itself, focus must come back.
        // (StrictMode's rehearsal keeps the node connected, and the dialog open.)
        if (dialog !== null && !dialog.isConnected) {
          endModal.current?.(false);
          endModal.current = null;
          restoreFocus(returnFocusTo);
        }
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
        if (!dialog.hasAttribute('open')) endModal.current = openModal(dialog);
        return;
      }
      restoreFocus(returnFocusTo);
    };

    return (
      <dialog
        aria-labelledby={titleId}
        aria-describedby={isRequired ? descriptionId : undefined}
        {...rest}
        ref={composedRef}
        closedby="none"
        className={cx('dk-tag-modal', className)}
        data-state={isRequired ? 'open' : 'closed'}
        data-submitting={flag(isSubmitting)}
        data-error={flag(hasError)}
        onCancel={handleCancel}
        onClose={handleClose}
      >
        {isRequired && <TagForm titleId={titleId} descriptionId={descriptionId} />}
      </dialog>
    );
  },
);
