import { AvailabilitySelect } from '@dialer-kit/react';
import { type DemoMode, switchModeHref } from '../demo/parseDemoQuery';
import { CallAlerts } from './CallAlerts';
import { ConnectionStatus } from './ConnectionStatus';
import { ThemeToggle } from './ThemeToggle';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  readonly mode: DemoMode;
}

/**
 * The page banner: title, the agent's availability (the setting, the bus's status beside it and the wrap-up
 * countdown, all in the kit's AvailabilitySelect), the bus link, the call alerts, mode and theme.
 */
export function AppHeader({ mode }: AppHeaderProps) {
  const other: DemoMode = mode === 'memory' ? 'frame' : 'memory';
  return (
    <header className="desk-header">
      <h1 className="desk-title">Agent desktop</h1>
      <AvailabilitySelect />
      <ConnectionStatus />
      <div className="desk-header__tools">
        <CallAlerts />
        <a className="desk-link" href={switchModeHref(window.location.href, other)}>
          {other === 'frame' ? 'Use the bus iframe' : 'Use the in-process bus'}
        </a>
        <ThemeToggle />
      </div>
    </header>
  );
}
