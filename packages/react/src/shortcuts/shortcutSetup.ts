import { useMemo, useState } from 'react';
import { resolveShortcuts, type ShortcutBinding, type ShortcutOverrides } from './shortcutKeys';
import { createShortcutNews, type ShortcutNews } from './shortcutNews';

/** The shortcuts of one provider: those in force (`undefined`: turned off) and the last one refused. */
export interface ShortcutSetup {
  readonly bindings: readonly ShortcutBinding[] | undefined;
  readonly news: ShortcutNews;
}

/** The provider's shortcuts for its `shortcuts` option; the same object while the option says the same. */
export function useShortcutSetup(option: ShortcutOverrides | false | undefined): ShortcutSetup {
  const [news] = useState(createShortcutNews);
  // By content, so an option written inline does not re-install the listener on every render.
  const key = option === false ? 'off' : JSON.stringify(option ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is `option` by content.
  const bindings = useMemo(() => resolveShortcuts(option), [key]);
  return useMemo(() => ({ bindings, news }), [bindings, news]);
}
