import { busEvent, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCallStatus } from './useCallStatus';

function StatusLine() {
  return <output>{useCallStatus()}</output>;
}

describe('useCallStatus', () => {
  it('is idle before any call', async () => {
    await renderWithDialer(<StatusLine />, { bus: createScriptedBus() });
    expect(screen.getByRole('status')).toHaveTextContent('idle');
  });

  it('follows every CALL_STATUS the bus sends', async () => {
    const { bus } = await renderWithDialer(<StatusLine />, { bus: createScriptedBus() });
    bus.push(busEvent.callStatus('connecting', 'regular'));
    expect(screen.getByRole('status')).toHaveTextContent('connecting');
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(screen.getByRole('status')).toHaveTextContent('connected');
  });

  it('keeps the status when the bus sends an unknown one', async () => {
    const { bus } = await renderWithDialer(<StatusLine />, { bus: createScriptedBus() });
    bus.push(busEvent.callStatus('ringing', 'regular'));
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting', flow: 'regular' } });
    expect(screen.getByRole('status')).toHaveTextContent('ringing');
  });
});
