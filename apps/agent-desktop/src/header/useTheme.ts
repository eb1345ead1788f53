import { useCallback, useEffect, useState } from 'react';

/** The page's colour theme. */
export type Theme = 'light' | 'dark';

const KEY = 'dialer-kit-demo:theme';

/** The theme to start with: the one chosen last time, else the system's. */
export function initialTheme(win: Window): Theme {
  try {
    const stored = win.localStorage.getItem(KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // Storage may be blocked (private mode, sandbox): fall back to the system preference.
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Sets `data-theme` on <html>, which the kit's stylesheet and the page's follow. */
export function applyTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.theme = theme;
}

/** The current theme (starting from `data-theme` on <html>) and a toggle that applies and remembers it. */
export function useTheme(): { readonly theme: Theme; readonly toggle: () => void } {
  const [theme, setTheme] = useState<Theme>(() =>
    document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
  );
  useEffect(() => {
    applyTheme(document, theme);
    try {
      window.localStorage.setItem(KEY, theme);
    } catch {
      // Not remembered across reloads: harmless.
    }
  }, [theme]);
  const toggle = useCallback(() => setTheme((current) => (current === 'dark' ? 'light' : 'dark')), []);
  return { theme, toggle };
}
