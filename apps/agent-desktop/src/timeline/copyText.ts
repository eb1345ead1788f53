/**
 * Puts `text` on the clipboard: the async Clipboard API, else a hidden textarea and `execCommand('copy')`
 * (older browsers, pages without clipboard permission). Resolves `true` when either worked.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard !== undefined) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no permission, page not focused): try the old way below.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.append(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus();
  return copied;
}

/** What the timeline announces after a copy: "Copied 3 entries" (one entry, singular). */
export const copiedNotice = (count: number): string => `Copied ${count} ${count === 1 ? 'entry' : 'entries'}`;
