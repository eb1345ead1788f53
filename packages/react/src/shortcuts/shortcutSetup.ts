import { useMemo, useState } from 'react';
import type { ShortcutOverrides } from './shortcutKeys';
import { createShortcutNews, type ShortcutNews } from './shortcutNews';

/**
 * The shortcuts of one provider: its `shortcuts` option as given (read by `DialerShortcuts` and
 * `useShortcuts`, which parse it: an app that renders neither bundles no key handling) and the last one
 * refused.
 */
export interface ShortcutSetup {
  readonly option: ShortcutOverrides | false | undefined;
  readonly news: ShortcutNews;
}

/** The provider's shortcuts for its `shortcuts` option; the same object while the option says the same. */
export function useShortcutSetup(option: ShortcutOverrides | false | undefined): ShortcutSetup {
  const [news] = useState(createShortcutNews);
  // By content, so an option written inline does not re-install the listener on every render.
  const key = option === false ? 'off' : JSON.stringify(option ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is `option` by content.
  return useMemo(() => ({ option, news }), [key, news]);
}
