import { useBusConnection, useCallFlow, useCallStatus, useControlState } from '@dialer-kit/react';
import { useSyncExternalStore } from 'react';

/** Props of {@link StatusReadout}. */
export interface StatusReadoutProps {
  readonly transport: {
    readonly droppedCount: number;
    onDrop?(listener: () => void): () => void;
  };
}

/**
 * Connection, call status and flow, whether the kit may dial now (`yes`, else the reason: the lines come
 * after `ready`), and the number of messages the transport dropped.
 */
export function StatusReadout({ transport }: StatusReadoutProps) {
  const connection = useBusConnection();
  const status = useCallStatus();
  const flow = useCallFlow();
  const dial = useControlState('dial');
  const dropped = useSyncExternalStore(
    (notify) => transport.onDrop?.(notify) ?? (() => {}),
    () => transport.droppedCount,
  );
  return (
    <dl aria-label="Status">
      <dt>Connection</dt>
      <dd data-testid="connection">{connection.state}</dd>
      <dt>Call</dt>
      <dd data-testid="call-status">{status}</dd>
      <dt>Flow</dt>
      <dd data-testid="call-flow">{flow ?? 'none'}</dd>
      <dt>Can dial</dt>
      <dd data-testid="dial">{dial.enabled ? 'yes' : dial.reason}</dd>
      <dt>Tab</dt>
      <dd data-testid="role">{connection.role}</dd>
      <dt>Dropped messages</dt>
      <dd data-testid="dropped">{dropped}</dd>
    </dl>
  );
}
