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
  readonly bus?: SimulatedBus;
}

// Before the first paint, so the page does not flash the other theme.
applyTheme(document, initialTheme(window));

// The bus (and in frame mode the iframe and its transport) exists before React renders.
const demo = createDemoBus(parseDemoQuery(window.location.search), document);
const hooks: DemoHooks = demo.mode === 'memory' ? { mode: demo.mode, bus: demo.bus } : { mode: demo.mode };
Object.defineProperty(window, '__demo', { value: hooks });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App demo={demo} />
  </StrictMode>,
);
