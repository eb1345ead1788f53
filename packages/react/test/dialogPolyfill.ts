/**
 * Test-only stand-in for the `HTMLDialogElement` methods jsdom 29 lacks (`showModal`, `show`, `close`),
 * plus the browser's Escape close request: a cancelable `cancel` event on the top modal dialog, which
 * closes it unless prevented. Focus restoration is left to the component (real browsers also do it).
 * Import it from a test file for its side effect.
 */
const modalStack: HTMLDialogElement[] = [];

function focusInitial(dialog: HTMLDialogElement): void {
  const target =
    dialog.querySelector<HTMLElement>('[autofocus]') ??
    dialog.querySelector<HTMLElement>(
      'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])',
    );
  (target ?? dialog).focus();
}

function onEscape(event: KeyboardEvent): void {
  const top = modalStack.at(-1);
  if (event.key !== 'Escape' || top === undefined || event.defaultPrevented) return;
  const cancel = new Event('cancel', { cancelable: true });
  if (top.dispatchEvent(cancel)) top.close();
}

if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  Object.assign(HTMLDialogElement.prototype, {
    show(this: HTMLDialogElement): void {
      if (this.open) return;
      this.setAttribute('open', '');
      focusInitial(this);
    },
    showModal(this: HTMLDialogElement): void {
      if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
      if (!this.isConnected) throw new DOMException('The dialog is not connected.', 'InvalidStateError');
      this.setAttribute('open', '');
      modalStack.push(this);
      focusInitial(this);
    },
    close(this: HTMLDialogElement, returnValue?: string): void {
      if (!this.open) return;
      this.removeAttribute('open');
      const index = modalStack.indexOf(this);
      if (index >= 0) modalStack.splice(index, 1);
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.dispatchEvent(new Event('close'));
    },
  });
  document.addEventListener('keydown', onEscape);
}

/** Whether `dialog` was opened with `showModal()` and is still the open modal (polyfill bookkeeping). */
export function isModalOpen(dialog: HTMLDialogElement): boolean {
  return dialog.open && modalStack.includes(dialog);
}
