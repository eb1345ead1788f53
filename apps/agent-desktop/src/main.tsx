import '@dialer-kit/react/styles.css';
import './styles.css';
import type { SimulatedBus } from '@dialer-kit/simulator';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDemoBus } from './demo/createDemoBus';
import { type DemoMode, parseDemoQuery } from './demo/parseDemoQuery';
import { applyTheme, initialTheme } from './header/useTheme';

/** What the page exposes as `window.__demo` (debugging only: the e2e journeys drive the UI). */
export interface DemoHooks {
  readonly mode: DemoMode;
  /** The in-process bus, while this tab runs it. */
  readonly bus: SimulatedBus | undefined;
}

// Before the first paint, so the page does not flash the other theme.
applyTheme(document, initialTheme(window));

// The desk's tabs share one bus: the tab that owns it makes it (see `createDemoBus`).
const demo = createDemoBus(parseDemoQuery(window.location.search), document);
const hooks: DemoHooks = {
  mode: demo.mode,
  get bus() {
    const parts = demo.current();
    return parts?.mode === 'memory' ? parts.bus : undefined;
  },
};
Object.defineProperty(window, '__demo', { value: hooks });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App demo={demo} />
  </StrictMode>,
);
