import { actOn, busEvent, callScripts, TEST_LINE } from '@dialer-kit/testing';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useCallDetails } from './useCallDetails';

describe('useCallDetails', () => {
  it('starts unmuted, not held and not recording', async () => {
    const { result } = await probeOnScript(useCallDetails);
    expect(result.current).toMatchObject({
      muted: false,
      held: false,
      recordingState: 'idle',
      canControlRecording: false,
    });
  });

  it('reflects mute as the kit asked for it', async () => {
    const { result, bus, store } = await probeOnScript(useCallDetails);
    bus.push(busEvent.callStatus('connected', 'regular'));
    actOn(() => store.actions.mute(true));
    expect(result.current.muted).toBe(true);
  });

  it('reads recording and hold from SYNC', async () => {
    const { result, bus } = await probeOnScript(useCallDetails);
    bus.push(busEvent.callStatus('connected', 'regular'));
    bus.push(
      busEvent.sync({
        callUuid: 'CA0123456789abcdef0123456789abcdef',
        direction: 'outgoing',
        canControlRecording: true,
        recordingState: 'recording',
        activeParticipant: { legId: 'leg-c', isHeld: true, state: 'answering' },
      }),
    );
    expect(result.current).toMatchObject({
      held: true,
      recordingState: 'recording',
      canControlRecording: true,
      direction: 'outgoing',
      callUuid: 'CA0123456789abcdef0123456789abcdef',
    });
  });

  it("gives the call's line once a SYNC names it", async () => {
    const { result, bus } = await probeOnScript(useCallDetails);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current.line).toBeUndefined();
    callScripts.connected(bus);
    expect(result.current.line).toEqual(TEST_LINE);
  });
});
