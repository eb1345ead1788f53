/** A dialog opened as a modal by {@link openModal}. */
export interface OpenModal {
  /** Closes the dialog (a `close` event follows, as after `HTMLDialogElement.close()`). */
  close(): void;
  /** Undoes what opening changed, without closing or any event: the dialog left the page. */
  release(): void;
}

const TABBABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The native modal: `showModal()` gives the top layer, the inert page, the focus and the Escape request. */
function openNative(dialog: HTMLDialogElement): OpenModal {
  dialog.showModal();
  return { close: () => dialog.close(), release: () => undefined };
}

/** The elements beside `element` and beside each of its ancestors up to the body: the rest of the page. */
function restOfPage(element: HTMLElement): HTMLElement[] {
  const rest: HTMLElement[] = [];
  const body = element.ownerDocument.body;
  for (let node: HTMLElement = element; node !== body && node.parentElement !== null; ) {
    const parent: HTMLElement = node.parentElement;
    for (const sibling of parent.children)
      if (sibling !== node && 'inert' in sibling) rest.push(sibling as HTMLElement);
    node = parent;
  }
  return rest;
}

/**
 * Without `showModal()` (jsdom, engines before `<dialog>`): the `open` attribute, `role="dialog"` and
 * `aria-modal`, focus moved in and kept in (Tab wraps, focus leaving is brought back), and the rest of the
 * page `inert` where the engine has it. Nothing here closes the dialog: Escape does nothing, as required.
 */
function openFallback(dialog: HTMLElement): OpenModal {
  const doc = dialog.ownerDocument;
  const added = ['open', 'role', 'aria-modal', 'tabindex'].filter((name) => !dialog.hasAttribute(name));
  dialog.setAttribute('open', '');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  // Somewhere to put focus when the dialog holds no control.
  if (added.includes('tabindex')) dialog.setAttribute('tabindex', '-1');
  const inerted = restOfPage(dialog).filter((element) => !element.inert);
  for (const element of inerted) element.inert = true;

  const tabbable = (): HTMLElement[] => [...dialog.querySelectorAll<HTMLElement>(TABBABLE)];
  const focusFirst = (): void => {
    (dialog.querySelector<HTMLElement>('[autofocus]') ?? tabbable()[0] ?? dialog).focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const controls = tabbable();
    const first = controls[0];
    const last = controls.at(-1);
    const active = doc.activeElement;
    const outside = !dialog.contains(active);
    if (first === undefined || last === undefined) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (outside || active === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (outside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (!dialog.contains(event.target as Node | null)) focusFirst();
  };
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('focusin', onFocusIn, true);
  focusFirst();

  const release = (): void => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    for (const element of inerted) element.inert = false;
  };
  return {
    release,
    close() {
      release();
      for (const name of added) dialog.removeAttribute(name);
      dialog.dispatchEvent(new Event('close'));
    },
  };
}

/**
 * Opens `dialog` as a modal: natively with `showModal()` where the engine has it, else with the same
 * promises kept by hand (see {@link openFallback}), so a missing browser API never throws.
 */
export function openModal(dialog: HTMLDialogElement): OpenModal {
  return typeof dialog.showModal === 'function' ? openNative(dialog) : openFallback(dialog);
}
