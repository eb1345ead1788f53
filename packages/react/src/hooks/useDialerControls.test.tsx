import { busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useDialerControls } from './useDialerControls';

describe('useDialerControls', () => {
  it('gives every control, enabled or with a reason', async () => {
    const { result, bus } = await probeOnScript(useDialerControls);
    expect(result.current.dial).toMatchObject({ enabled: false, reason: 'no-line' });
    bus.push(busEvent.linesChanged());
    expect(result.current.dial.enabled).toBe(true);
    expect(result.current.reset).toMatchObject({ enabled: false, reason: 'not-ended' });
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current.dial).toMatchObject({ enabled: false, reason: 'call-in-progress' });
    expect(result.current.hangUp.enabled).toBe(true);
  });

  it('does not re-render when a status change leaves every control as it was', async () => {
    const { result, element } = probeHook(useDialerControls);
    let commits = 0;
    const { bus } = await renderWithDialer(
      <Profiler id="controls" onRender={() => commits++}>
        {element}
      </Profiler>,
      { bus: createScriptedBus(), reactStrictMode: false },
    );
    bus.push(busEvent.callStatus('connecting', 'regular'));
    const before = result.current;
    const commitsBefore = commits;
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(result.current).toBe(before);
    expect(commits).toBe(commitsBefore);
  });
});
