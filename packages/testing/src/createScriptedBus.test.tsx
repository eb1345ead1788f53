import { useCallStatus, useDialer } from '@dialer-kit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { busEvent, TEST_CALL_UUID, TEST_LINE } from './busEvents';
import { callScripts } from './callScripts';
import { createScriptedBus } from './createScriptedBus';
import { actOn, probeHook, renderWithDialer } from './renderWithDialer';
import { TEST_AGENT, TEST_CUSTOMER } from './testData';

function Status() {
  return <p>{useCallStatus()}</p>;
}

describe('createScriptedBus', () => {
  it('answers the bring-up with the test agent, so the kit is ready, and records what the kit sent', async () => {
    const { bus, store } = await renderWithDialer(<Status />, { bus: createScriptedBus() });
    expect(store.getState().connection).toBe('ready');
    expect(store.getState().user).toMatchObject({ id: TEST_AGENT.id, name: TEST_AGENT.name });
    expect(bus.sent().map(({ type }) => type)).toEqual(['BUS.REGISTER', 'BUS.INIT']);
  });

  it('without a session, leaves the kit waiting for a login', async () => {
    const { store } = await renderWithDialer(<Status />, { bus: createScriptedBus({ user: null }) });
    expect(store.getState().connection).toBe('needs-login');
  });

  it('delivers the events a test pushes, in act, and ignores a hostile one without throwing', async () => {
    const { bus } = await renderWithDialer(<Status />, { bus: createScriptedBus() });
    const shown = () => screen.getByRole('paragraph').textContent;
    callScripts.connected(bus);
    expect(shown()).toBe('connected');
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 42 } }, 'not a message', null);
    expect(shown()).toBe('connected');
    callScripts.mandatoryTagging(bus);
    expect(shown()).toBe('mandatoryTagging');
  });

  it('answers a command the way the test says, once the bus settles', async () => {
    const { result, element } = probeHook(useDialer);
    const { bus, store } = await renderWithDialer(element, { bus: createScriptedBus() });
    bus.push(busEvent.linesChanged());
    bus.answer('DIALER.DIAL', () => busEvent.dialing());
    expect(actOn(() => result.current.dial(TEST_CUSTOMER))).toEqual({ ok: true });
    expect(bus.sent('DIALER.DIAL')).toMatchObject([
      { type: 'DIALER.DIAL', payload: { from: TEST_LINE.normalized, to: TEST_CUSTOMER } },
    ]);
    await bus.settle();
    bus.push(busEvent.callStatus('connecting', 'regular'));
    expect(store.getState().call.status).toBe('connecting');
  });

  it('reloads the bus frame on restart: the kit registers again', async () => {
    const { bus, store } = await renderWithDialer(<Status />, { bus: createScriptedBus() });
    bus.restart();
    await bus.settle();
    expect(bus.sent('BUS.REGISTER')).toHaveLength(2);
    expect(store.getState().connection).toBe('ready');
  });

  it('counts the listeners the kit has on it, and says DESTROY when the provider unmounts', async () => {
    const { bus, unmount } = await renderWithDialer(<Status />, { bus: createScriptedBus() });
    expect(bus.listenerCount()).toBeGreaterThan(0);
    unmount();
    await bus.settle();
    expect(bus.sent('BUS.DESTROY')).toHaveLength(1);
  });

  it('builds SYNCs with the call id and line of the public test data', () => {
    expect(busEvent.sync({ callUuid: TEST_CALL_UUID, line: TEST_LINE })).toEqual({
      type: 'DIALER.SYNC',
      payload: { metadata: { callUuid: TEST_CALL_UUID, line: TEST_LINE } },
    });
  });
});
