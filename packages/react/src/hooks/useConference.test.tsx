import { describe, expect, it } from 'vitest';
import { CUSTOMER, external, script } from '../../test/callScripts';
import { busEvent } from '../../test/fakeBus';
import {
  CUSTOMER_LEG,
  conferenceSync,
  multiParty,
  TEAMMATE_ID,
  TEAMMATE_LEG,
  teammate,
} from '../../test/multiPartyScripts';
import { actOn, probeHook, renderWithDialer } from '../../test/renderWithDialer';
import { useConference } from './useConference';

describe('useConference', () => {
  it('invites from a connected call, which starts the conference', async () => {
    const { result, element } = probeHook(useConference);
    const { bus } = await renderWithDialer(element);
    script.connected(bus);
    expect(result.current).toMatchObject({ phase: 'offer', inviteControl: { enabled: true } });
    expect(actOn(() => result.current.invite('client:7'))).toEqual({ ok: true });
    expect(bus.commands('DIALER.INVITE_PARTICIPANT')).toEqual([
      { type: 'DIALER.INVITE_PARTICIPANT', payload: { to: 'client:7' } },
    ]);
    bus.push(busEvent.callStatus('startingConference', 'regular'));
    expect(result.current).toMatchObject({ phase: 'active', pending: true, participants: [] });
  });

  it('lists the participants with their state, and grows the conference once started', async () => {
    const { result, element } = probeHook(useConference);
    const { bus } = await renderWithDialer(element);
    multiParty.conferenceInitiating(bus);
    expect(result.current.participants).toMatchObject([
      { legId: CUSTOMER_LEG, phoneNumber: CUSTOMER, state: 'answering' },
      { legId: TEAMMATE_LEG, userId: TEAMMATE_ID, state: 'ringing' },
    ]);
    expect(result.current.inviteControl.enabled).toBe(false);
    multiParty.conferenceStarted(bus);
    expect(actOn(() => result.current.invite('+14155550111'))).toEqual({ ok: true });
    expect(bus.commands('DIALER.INVITE_PARTICIPANT')).toMatchObject([{ payload: { to: '+14155550111' } }]);
  });

  it('removes one participant by its leg, once, until a SYNC shows the effect', async () => {
    const { result, element } = probeHook(useConference);
    const { bus } = await renderWithDialer(element);
    multiParty.conferenceStarted(bus);
    expect(actOn(() => result.current.kick(TEAMMATE_LEG))).toEqual({ ok: true });
    expect(actOn(() => result.current.kick(TEAMMATE_LEG))).toMatchObject({ ok: false });
    expect(bus.commands('DIALER.KICK_PARTICIPANT')).toEqual([
      { type: 'DIALER.KICK_PARTICIPANT', payload: { legId: TEAMMATE_LEG } },
    ]);
    expect(result.current.pending).toBe(true);
    bus.push(conferenceSync(external(CUSTOMER, CUSTOMER_LEG), teammate(TEAMMATE_ID, TEAMMATE_LEG, 'ended')));
    expect(result.current.pending).toBe(false);
    expect(result.current.participants[1]).toMatchObject({
      state: 'ended',
      kickControl: { enabled: false, reason: 'no-participant' },
    });
  });

  describe('hold of one participant', () => {
    it('sends DIALER.HOLD for the leg given when the kit’s hold control allows it', async () => {
      const { result, element } = probeHook(useConference);
      const { bus } = await renderWithDialer(element);
      script.connected(bus);
      expect(actOn(() => result.current.hold('leg-customer', true))).toEqual({ ok: true });
      expect(bus.commands('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
      ]);
    });

    it('holds and resumes a participant of a started conference by its leg', async () => {
      const { result, element } = probeHook(useConference);
      const { bus } = await renderWithDialer(element);
      multiParty.conferenceStarted(bus);
      expect(result.current.participants[0]?.holdControl).toMatchObject({ enabled: true });
      expect(actOn(() => result.current.hold(CUSTOMER_LEG, true))).toEqual({ ok: true });
      expect(bus.commands('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: CUSTOMER_LEG } },
      ]);
      // Until a SYNC shows it, every hold waits.
      expect(result.current.participants[1]?.holdControl).toMatchObject({ enabled: false, pending: true });
      bus.push(conferenceSync(external(CUSTOMER, CUSTOMER_LEG, true), teammate(TEAMMATE_ID, TEAMMATE_LEG)));
      expect(result.current.participants[0]).toMatchObject({ isHeld: true, holdControl: { enabled: true } });
      expect(actOn(() => result.current.hold(CUSTOMER_LEG, false))).toEqual({ ok: true });
      expect(bus.commands('DIALER.HOLD')).toHaveLength(2);
    });

    it('is refused with the reason of the participant’s hold control when it is disabled', async () => {
      const { result, element } = probeHook(useConference);
      const { bus } = await renderWithDialer(element);
      multiParty.conferenceInitiating(bus);
      const control = result.current.participants[1]?.holdControl;
      expect(control).toMatchObject({ enabled: false, reason: 'not-connected' });
      expect(actOn(() => result.current.hold(TEAMMATE_LEG, true))).toEqual({
        ok: false,
        reason: control?.reason,
      });
      expect(bus.count('DIALER.HOLD')).toBe(0);
    });
  });

  it('keeps the same view while nothing it shows changes', async () => {
    const { result, element } = probeHook(useConference);
    const { bus } = await renderWithDialer(element);
    multiParty.conferenceStarted(bus);
    const before = result.current;
    bus.push(busEvent.availability('in_call'));
    expect(result.current).toBe(before);
  });
});
