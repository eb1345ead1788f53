import {
  actOn,
  busEvent,
  callScripts,
  externalParty,
  TEST_CUSTOMER,
  TEST_TEAMMATES,
  teammateParty,
} from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useConference } from './useConference';

const TEAMMATE_ID = TEST_TEAMMATES[0]?.id ?? 0;

describe('useConference', () => {
  it('invites from a connected call, which starts the conference', async () => {
    const { result, bus } = await probeOnScript(useConference, callScripts.connected);
    expect(result.current).toMatchObject({ phase: 'offer', inviteControl: { enabled: true } });
    expect(actOn(() => result.current.invite('client:7'))).toEqual({ ok: true });
    expect(bus.sent('DIALER.INVITE_PARTICIPANT')).toEqual([
      { type: 'DIALER.INVITE_PARTICIPANT', payload: { to: 'client:7' } },
    ]);
    bus.push(busEvent.callStatus('startingConference', 'regular'));
    expect(result.current).toMatchObject({ phase: 'active', pending: true, participants: [] });
  });

  it('lists the participants with their state, and grows the conference once started', async () => {
    const { result, bus } = await probeOnScript(useConference, callScripts.conferenceInitiating);
    expect(result.current.participants).toMatchObject([
      { legId: 'leg-customer', phoneNumber: TEST_CUSTOMER, state: 'answering' },
      { legId: 'leg-teammate', userId: TEAMMATE_ID, state: 'ringing' },
    ]);
    expect(result.current.inviteControl.enabled).toBe(false);
    callScripts.conferenceStarted(bus);
    expect(actOn(() => result.current.invite('+14155550111'))).toEqual({ ok: true });
    expect(bus.sent('DIALER.INVITE_PARTICIPANT')).toMatchObject([{ payload: { to: '+14155550111' } }]);
  });

  it('removes one participant by its leg, once, until a SYNC shows the effect', async () => {
    const { result, bus } = await probeOnScript(useConference, callScripts.conferenceStarted);
    expect(actOn(() => result.current.kick('leg-teammate'))).toEqual({ ok: true });
    expect(actOn(() => result.current.kick('leg-teammate'))).toMatchObject({ ok: false });
    expect(bus.sent('DIALER.KICK_PARTICIPANT')).toEqual([
      { type: 'DIALER.KICK_PARTICIPANT', payload: { legId: 'leg-teammate' } },
    ]);
    expect(result.current.pending).toBe(true);
    bus.push(
      busEvent.conferenceSync(
        externalParty(TEST_CUSTOMER, 'leg-customer'),
        teammateParty('leg-teammate', TEAMMATE_ID, 'ended'),
      ),
    );
    expect(result.current.pending).toBe(false);
    expect(result.current.participants[1]).toMatchObject({
      state: 'ended',
      kickControl: { enabled: false, reason: 'no-participant' },
    });
  });

  describe('hold of one participant', () => {
    it('sends DIALER.HOLD for the leg given when the kit’s hold control allows it', async () => {
      const { result, bus } = await probeOnScript(useConference, callScripts.connected);
      expect(actOn(() => result.current.hold('leg-customer', true))).toEqual({ ok: true });
      expect(bus.sent('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
      ]);
    });

    it('holds and resumes a participant of a started conference by its leg', async () => {
      const { result, bus } = await probeOnScript(useConference, callScripts.conferenceStarted);
      expect(result.current.participants[0]?.holdControl).toMatchObject({ enabled: true });
      expect(actOn(() => result.current.hold('leg-customer', true))).toEqual({ ok: true });
      expect(bus.sent('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
      ]);
      // Until a SYNC shows it, every hold waits.
      expect(result.current.participants[1]?.holdControl).toMatchObject({ enabled: false, pending: true });
      bus.push(
        busEvent.conferenceSync(
          externalParty(TEST_CUSTOMER, 'leg-customer', true),
          teammateParty('leg-teammate', TEAMMATE_ID),
        ),
      );
      expect(result.current.participants[0]).toMatchObject({ isHeld: true, holdControl: { enabled: true } });
      expect(actOn(() => result.current.hold('leg-customer', false))).toEqual({ ok: true });
      expect(bus.sent('DIALER.HOLD')).toHaveLength(2);
    });

    it('is refused with the reason of the participant’s hold control when it is disabled', async () => {
      const { result, bus } = await probeOnScript(useConference, callScripts.conferenceInitiating);
      const control = result.current.participants[1]?.holdControl;
      expect(control).toMatchObject({ enabled: false, reason: 'not-connected' });
      expect(actOn(() => result.current.hold('leg-teammate', true))).toEqual({
        ok: false,
        reason: control?.reason,
      });
      expect(bus.sent('DIALER.HOLD').length).toBe(0);
    });
  });

  it('keeps the same view while nothing it shows changes', async () => {
    const { result, bus } = await probeOnScript(useConference, callScripts.conferenceStarted);
    const before = result.current;
    bus.push(busEvent.availability('in_call'));
    expect(result.current).toBe(before);
  });
});
