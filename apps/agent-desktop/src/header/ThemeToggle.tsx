import { useTheme } from './useTheme';

/** Switches between the light and the dark theme; its name says the theme it switches to. */
export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  return (
    <button type="button" className="dk-button desk-theme" onClick={toggle}>
      {theme === 'dark' ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
