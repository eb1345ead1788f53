/**
 * Ends a modal opened by {@link openModal}: `true` closes it (natively a `close` event follows; the caller
 * gives focus back either way); `false` only undoes what opening changed, the dialog having left the page.
 */
export type EndModal = (close: boolean) => void;

const TABBABLE =
  'button:not([disabled]),input:not([disabled]),select,textarea,a[href],[tabindex]:not([tabindex="-1"])';
const FALLBACK_ATTRIBUTES = [
  ['open', ''],
  ['role', 'dialog'],
  ['aria-modal', 'true'],
] as const;

/**
 * Opens `dialog` as a modal: with `showModal()` where the engine has it (top layer, inert page, focus,
 * close requests). Without it (jsdom, engines before `<dialog>`) the same promises are kept by hand, so a
 * missing API never throws: the `open` attribute, `role="dialog"` and `aria-modal`, focus moved in and kept
 * in (focus that leaves, by Tab or a click, is brought back to the first control), the rest of the page
 * `inert` where the engine has it. Nothing here closes the dialog by itself: Escape does nothing.
 */
export function openModal(dialog: HTMLDialogElement): EndModal {
  if (typeof dialog.showModal === 'function') {
    dialog.showModal();
    return (close) => close && dialog.close();
  }
  const doc = dialog.ownerDocument;
  for (const [name, value] of FALLBACK_ATTRIBUTES) dialog.setAttribute(name, value);
  // The rest of the page: what is beside the dialog and beside each of its ancestors up to the body.
  // `inert === false` skips what is inert already and engines without `inert` (undefined).
  const inerted: HTMLElement[] = [];
  for (let node: Element = dialog; node !== doc.body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children as HTMLCollectionOf<HTMLElement>) {
      if (sibling !== node && sibling.inert === false) inerted.push(sibling);
    }
  }
  for (const element of inerted) element.inert = true;
  // The tag form always holds a control (Save tags): there is always somewhere inside to put focus.
  const focusFirst = (): void => dialog.querySelector<HTMLElement>(TABBABLE)?.focus();
  const onFocusIn = (event: FocusEvent): void => {
    if (!dialog.contains(event.target as Node)) focusFirst();
  };
  doc.addEventListener('focusin', onFocusIn, true);
  focusFirst();

  return (close) => {
    doc.removeEventListener('focusin', onFocusIn, true);
    for (const element of inerted) element.inert = false;
    if (!close) return;
    for (const [name] of FALLBACK_ATTRIBUTES) dialog.removeAttribute(name);
  };
}
