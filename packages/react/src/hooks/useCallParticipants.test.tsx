import { busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useCallParticipants } from './useCallParticipants';

const me = { legId: 'leg-me', isHeld: false, state: 'answering', user: { id: 42 } } as const;
const customer = {
  legId: 'leg-c',
  isHeld: false,
  state: 'answering',
  external: { phoneNumber: '+14155550123' },
} as const;
const teammate = { legId: 'leg-t', isHeld: true, state: 'answering', user: { id: 7 } } as const;

describe('useCallParticipants', () => {
  it('has nobody while idle', async () => {
    const { result, element } = probeHook(useCallParticipants);
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toEqual({
      active: undefined,
      inactive: undefined,
      me: undefined,
      participants: [],
    });
  });

  it('names the caller from INCOMING before the first SYNC', async () => {
    const { result, bus } = await probeOnScript(useCallParticipants);
    bus.push(busEvent.incoming({ from: '+14155550123' }));
    expect(result.current.active).toMatchObject({ source: 'call', phoneNumber: '+14155550123' });
  });

  it('takes the parties from SYNC once it arrives', async () => {
    const { result, bus } = await probeOnScript(useCallParticipants);
    bus.push(
      busEvent.incoming(),
      busEvent.callStatus('accepting', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    bus.push(
      busEvent.sync({ me, activeParticipant: customer, inactiveParticipant: teammate, participants: [] }),
    );

    expect(result.current.active).toMatchObject({
      source: 'sync',
      legId: 'leg-c',
      phoneNumber: '+14155550123',
    });
    expect(result.current.inactive).toMatchObject({
      source: 'sync',
      legId: 'leg-t',
      userId: 7,
      isHeld: true,
    });
    expect(result.current.me).toMatchObject({ legId: 'leg-me' });
  });

  it('keeps the same result when a SYNC repeats the same parties', async () => {
    const { result, bus } = await probeOnScript(useCallParticipants);
    bus.push(busEvent.callStatus('connected', 'regular'));
    bus.push(busEvent.sync({ me, activeParticipant: customer }));
    const before = result.current;
    bus.push(busEvent.sync({ me, activeParticipant: customer }));
    expect(result.current).toBe(before);
  });
});
