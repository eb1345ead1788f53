import { busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useIncomingCall } from './useIncomingCall';

function Banner() {
  const incoming = useIncomingCall();
  if (incoming === undefined) return <p>No incoming call</p>;
  return (
    <section aria-label="Incoming call">
      <p>
        {incoming.call.type} from {incoming.call.from}
      </p>
      <button type="button" disabled={!incoming.acceptControl.enabled} onClick={() => incoming.accept()}>
        Accept
      </button>
      <button type="button" disabled={!incoming.rejectControl.enabled} onClick={() => incoming.reject()}>
        Reject
      </button>
    </section>
  );
}

describe('useIncomingCall', () => {
  it('is undefined until the bus offers a call', async () => {
    await renderWithDialer(<Banner />, { bus: createScriptedBus() });
    expect(screen.getByText('No incoming call')).toBeInTheDocument();
  });

  it('offers the call with enabled accept and reject', async () => {
    const { bus } = await renderWithDialer(<Banner />, { bus: createScriptedBus() });
    bus.push(busEvent.incoming({ from: '+14155550123' }));

    expect(screen.getByRole('region', { name: 'Incoming call' })).toHaveTextContent(
      'external from +14155550123',
    );
    expect(screen.getByRole('button', { name: 'Accept' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeEnabled();
  });

  it('accepts through the bus and disappears once the bus is accepting', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<Banner />, { bus: createScriptedBus() });
    bus.push(busEvent.incoming());
    await user.click(screen.getByRole('button', { name: 'Accept' }));

    expect(bus.sent('DIALER.ACCEPT')).toMatchObject([{ type: 'DIALER.ACCEPT' }]);
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();

    bus.push(busEvent.callStatus('accepting', 'regular'));
    expect(screen.getByText('No incoming call')).toBeInTheDocument();
  });

  it('rejects through the bus and disappears at once', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<Banner />, { bus: createScriptedBus() });
    bus.push(busEvent.incoming());
    await user.click(screen.getByRole('button', { name: 'Reject' }));

    expect(bus.sent('DIALER.REJECT').length).toBe(1);
    expect(screen.getByText('No incoming call')).toBeInTheDocument();
  });
});
