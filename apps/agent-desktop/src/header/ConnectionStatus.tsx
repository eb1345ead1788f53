import { useBusConnection, useMessages } from '@dialer-kit/react';

/** The state of the link to the bus in words, as a polite status named "Bus connection". */
export function ConnectionStatus() {
  const messages = useMessages();
  const { state } = useBusConnection();
  return (
    <div role="status" aria-label="Bus connection" className="desk-connection" data-state={state}>
      {messages.connection[state]}
    </div>
  );
}
