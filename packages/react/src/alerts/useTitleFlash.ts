import { useEffect } from 'react';
import type { OfferAlertsEnvironment } from './alertsEnvironment';

/** How long each of the two titles shows (hidden tabs run timers at most once a second anyway). */
const FLASH_MS = 1000;

/**
 * While `text` is given, the page's title alternates between it and the title it had; when `text` goes, the
 * title it had is back (or the one the app set meanwhile: a title the flash did not write is kept).
 */
export function useTitleFlash(
  doc: OfferAlertsEnvironment['document'] | undefined,
  text: string | undefined,
): void {
  useEffect(() => {
    if (doc === undefined || text === undefined) return;
    let original = doc.title;
    let flashing = true;
    doc.title = text;
    // Read back: a document trims and collapses the whitespace of what it is given.
    let shown = doc.title;
    const timer = setInterval(() => {
      if (doc.title !== shown) original = doc.title;
      flashing = !flashing;
      doc.title = flashing ? text : original;
      shown = doc.title;
    }, FLASH_MS);
    return () => {
      clearInterval(timer);
      if (doc.title === shown) doc.title = original;
    };
  }, [doc, text]);
}
