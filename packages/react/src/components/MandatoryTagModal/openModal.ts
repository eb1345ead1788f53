/**
 * Ends a modal opened by {@link openModal}: `true` closes it (a `close` event follows, as after
 * `HTMLDialogElement.close()`); `false` only undoes what opening changed, the dialog having left the page.
 */
export type EndModal = (close: boolean) => void;

const TABBABLE =
  'button:not([disabled]),input:not([disabled]),select,textarea,a[href],[tabindex]:not([tabindex="-1"])';
const FALLBACK_ATTRIBUTES = { open: '', role: 'dialog', 'aria-modal': 'true', tabindex: '-1' } as const;

/**
 * Opens `dialog` as a modal: with `showModal()` where the engine has it (top layer, inert page, focus,
 * close requests). Without it (jsdom, engines before `<dialog>`) the same promises are kept by hand, so a
 * missing API never throws: the `open` attribute, `role="dialog"` and `aria-modal`, focus moved in and kept
 * in (Tab wraps, focus that leaves is brought back), the rest of the page `inert` where the engine has it.
 * Nothing here closes the dialog by itself: Escape does nothing.
 */
export function openModal(dialog: HTMLDialogElement): EndModal {
  if (typeof dialog.showModal === 'function') {
    dialog.showModal();
    return (close) => close && dialog.close();
  }
  const doc = dialog.ownerDocument;
  const added = (Object.keys(FALLBACK_ATTRIBUTES) as (keyof typeof FALLBACK_ATTRIBUTES)[]).filter(
    (name) => !dialog.hasAttribute(name),
  );
  for (const name of added) dialog.setAttribute(name, FALLBACK_ATTRIBUTES[name]);
  // The rest of the page: what is beside the dialog and beside each of its ancestors up to the body.
  // `inert === false` skips what is inert already and engines without `inert` (undefined).
  const inerted: HTMLElement[] = [];
  for (let node: Element = dialog; node !== doc.body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && (sibling as HTMLElement).inert === false) {
        (sibling as HTMLElement).inert = true;
        inerted.push(sibling as HTMLElement);
      }
    }
  }
  const controls = (): HTMLElement[] => [...dialog.querySelectorAll<HTMLElement>(TABBABLE)];
  const onKeyDown = (event: KeyboardEvent): void => {
    const list = controls();
    const edge = list.at(event.shiftKey ? 0 : -1);
    const active = doc.activeElement;
    if (event.key === 'Tab' && (edge === undefined || active === edge || !dialog.contains(active))) {
      event.preventDefault();
      (list.at(event.shiftKey ? -1 : 0) ?? dialog).focus();
    }
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (!dialog.contains(event.target as Node)) (controls()[0] ?? dialog).focus();
  };
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('focusin', onFocusIn, true);
  (controls()[0] ?? dialog).focus();

  return (close) => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    for (const element of inerted) element.inert = false;
    if (!close) return;
    for (const name of added) dialog.removeAttribute(name);
    dialog.dispatchEvent(new Event('close'));
  };
}
