import {
  actOn,
  busEvent,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_LINE,
} from '@dialer-kit/testing';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallBar } from './CallBar';
import { buttonNames, callRegion, renderBar, statusText } from './callBarQueries';

/** A fake bus that never answers `BUS.INIT`, so the kit stays connecting (or reconnecting). */
function busStuckInInit() {
  const bus = createScriptedBus();
  bus.answer('BUS.INIT', () => undefined);
  return bus;
}

describe('CallBar and the connection to the dialer', () => {
  it('says it is connecting while the bus starts its services', async () => {
    const { store } = await renderWithDialer(<CallBar />, { bus: busStuckInInit() });
    expect(store.getState().connection).toBe('connecting');
    expect(statusText()).toBe('Connecting to the dialer');
    expect(callRegion()).toHaveAttribute('data-connection', 'connecting');
    expect(callRegion()).toHaveAttribute('data-state', 'idle');
  });

  it('asks to sign in while the dialer has no session', async () => {
    await renderWithDialer(<CallBar />, { bus: createScriptedBus({ user: null }) });
    expect(statusText()).toBe('Sign in to the dialer');
    expect(buttonNames()).toEqual([]);
  });

  it('says it is reconnecting after the bus frame reloaded', async () => {
    const bus = createScriptedBus();
    const { store } = await renderWithDialer(<CallBar />, { bus });
    callScripts.connected(bus);
    bus.answer('BUS.INIT', () => undefined);
    bus.restart();
    await bus.settle();
    expect(store.getState().connection).toBe('reconnecting');
    expect(statusText()).toBe('Reconnecting to the dialer');
  });

  describe('once closed during a call', () => {
    it('says the dialer is disconnected and gives a true reason on every button', async () => {
      const { store } = await renderBar(callScripts.connected);
      act(() => store.dispose());
      expect(statusText()).toBe('Dialer disconnected');
      expect(callRegion()).toHaveAttribute('data-state', 'connected');
      expect(callRegion()).toHaveTextContent(TEST_CUSTOMER);
      expect(buttonNames()).toEqual(['Hang up', 'Mute', 'Hold', 'Record']);
      for (const button of screen.getAllByRole('button')) {
        expect(button).toHaveAttribute('aria-disabled', 'true');
        expect(button).toHaveAccessibleDescription('The dialer is not ready.');
      }
    });
  });
});

describe('CallBar after a dial, before the first call status', () => {
  it('says it is dialing, then names the number once the bus acknowledged it', async () => {
    const { bus, store } = await renderBar();
    bus.push(busEvent.linesChanged());
    expect(actOn(() => store.actions.dial(TEST_CUSTOMER))).toEqual({ ok: true });
    expect(statusText()).toBe('Dialing');
    expect(callRegion()).toHaveAttribute('data-state', 'idle');
    expect(callRegion()).toHaveAttribute('data-dialing');
    bus.push({ type: 'DIALER.DIALING', payload: { from: TEST_LINE.normalized, to: TEST_CUSTOMER } });
    expect(statusText()).toBe('Dialing');
    expect(callRegion()).toHaveTextContent(TEST_CUSTOMER);
    bus.push(busEvent.callStatus('connecting', 'regular'));
    expect(statusText()).toBe('Connecting');
    expect(callRegion()).not.toHaveAttribute('data-dialing');
    expect(buttonNames()).toEqual(['Hang up']);
  });

  it('says it is dialing when the agent dials from an ended call, without its Done', async () => {
    const { bus, store } = await renderBar();
    bus.push(busEvent.linesChanged());
    callScripts.ended(bus);
    actOn(() => store.actions.dial(TEST_CUSTOMER));
    expect(statusText()).toBe('Dialing');
    expect(callRegion()).toHaveAttribute('data-state', 'ended');
    expect(buttonNames()).toEqual([]);
  });
});
