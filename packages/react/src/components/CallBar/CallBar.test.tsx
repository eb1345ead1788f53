import { act, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOMER, external, LINE, metadata, script } from '../../../test/callScripts';
import { busEvent } from '../../../test/fakeBus';
import { multiParty } from '../../../test/multiPartyScripts';
import { renderWithDialer } from '../../../test/renderWithDialer';
import { CallBar } from './CallBar';

const callRegion = () => screen.getByRole('region', { name: 'Call' });
const button = (name: string) => screen.getByRole('button', { name });
const buttonNames = () => screen.queryAllByRole('button').map((b) => b.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe('CallBar', () => {
  describe('with no call', () => {
    it('says so and offers no buttons', async () => {
      await renderWithDialer(<CallBar />);
      expect(callRegion()).toHaveAttribute('data-state', 'idle');
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
      expect(buttonNames()).toEqual([]);
    });
  });

  describe('while a call is offered', () => {
    it('shows the caller with Accept and Reject', async () => {
      const { bus } = await renderWithDialer(<CallBar />);
      bus.push(busEvent.incoming());
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Incoming call');
      expect(callRegion()).toHaveTextContent(CUSTOMER);
      expect(callRegion()).toHaveAttribute('data-incoming');
      expect(buttonNames()).toEqual(['Accept', 'Reject']);
    });

    it('accepts, and keeps focus in the bar when Accept gives way to Hang up', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      bus.push(busEvent.incoming());
      await user.click(button('Accept'));
      expect(bus.count('DIALER.ACCEPT')).toBe(1);
      bus.push(busEvent.callStatus('accepting', 'regular'), busEvent.callStatus('connected', 'regular'));
      expect(buttonNames()).toContain('Hang up');
      expect(callRegion()).toContainElement(document.activeElement as HTMLElement);
    });

    it('rejects', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      bus.push(busEvent.incoming());
      await user.click(button('Reject'));
      expect(bus.count('DIALER.REJECT')).toBe(1);
      expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    });
  });

  describe('while an outgoing call is set up', () => {
    it('shows who is called and offers only Hang up', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.dialing(bus);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Connecting');
      expect(callRegion()).toHaveTextContent(CUSTOMER);
      expect(buttonNames()).toEqual(['Hang up']);
      bus.push(busEvent.callStatus('ringing', 'regular'));
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Ringing');
      await user.click(button('Hang up'));
      expect(bus.commands('DIALER.HANGUP')).toHaveLength(1);
    });
  });

  describe('while connected', () => {
    it('shows the status, the party, the line and every call control', async () => {
      const { bus } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      const region = callRegion();
      expect(region).toHaveAttribute('data-state', 'connected');
      expect(region).toHaveAttribute('data-flow', 'regular');
      expect(within(region).getByRole('status')).toHaveTextContent('Connected');
      expect(region).toHaveTextContent(CUSTOMER);
      expect(region).toHaveTextContent(`${LINE.name} · ${LINE.number}`);
      expect(within(region).getByRole('group', { name: 'Call controls' })).toBeInTheDocument();
      expect(buttonNames()).toEqual(['Hang up', 'Mute', 'Hold', 'Record']);
    });

    it('counts the talk time from the connection', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      const { bus } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      expect(callRegion()).toHaveTextContent('Call duration 0:00');
      act(() => vi.advanceTimersByTime(65_000));
      expect(callRegion()).toHaveTextContent('Call duration 1:05');
    });

    it('mutes, then offers Unmute', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      await user.click(button('Mute'));
      expect(bus.commands('DIALER.MUTE')).toEqual([{ type: 'DIALER.MUTE', payload: { shouldMute: true } }]);
      await user.click(button('Unmute'));
      expect(bus.commands('DIALER.MUTE').at(-1)).toEqual({
        type: 'DIALER.MUTE',
        payload: { shouldMute: false },
      });
    });

    it('holds the party, then offers Resume once the bus reports the hold', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      await user.click(button('Hold'));
      expect(bus.commands('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
      ]);
      bus.push(busEvent.sync(metadata({ activeParticipant: external(CUSTOMER, 'leg-customer', true) })));
      expect(button('Resume')).toBeInTheDocument();
      expect(callRegion()).toHaveAttribute('data-held');
    });

    it('keeps Hold disabled in a conference, which holds its participants one by one', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      multiParty.conferenceStarted(bus);
      const hold = button('Hold');
      expect(hold).toHaveAttribute('aria-disabled', 'true');
      expect(hold).toHaveAccessibleDescription('There is nobody to do this with.');
      await user.click(hold);
      expect(bus.count('DIALER.HOLD')).toBe(0);
    });

    it('records, then offers Pause recording once recording', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      await user.click(button('Record'));
      expect(bus.commands('DIALER.SET_RECORDING')).toHaveLength(1);
      bus.push(busEvent.sync(metadata({ recordingState: 'recording' })));
      expect(button('Pause recording')).toBeInTheDocument();
      expect(callRegion()).toHaveAttribute('data-recording');
    });

    it('disables Record with its reason when recording cannot be controlled', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.connected(bus, { canControlRecording: false });
      const record = button('Record');
      expect(record).toHaveAttribute('aria-disabled', 'true');
      expect(record).toHaveAccessibleDescription('Recording cannot be controlled on this call.');
      await user.click(record);
      expect(bus.count('DIALER.SET_RECORDING')).toBe(0);
    });

    it('shows no Mute or Record button when the host turned those undocumented commands off', async () => {
      const { bus } = await renderWithDialer(<CallBar />, { provider: { undocumentedCommands: false } });
      script.connected(bus);
      expect(buttonNames()).toEqual(['Hang up', 'Hold']);
    });

    it('sends one hang-up for a double click', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      await user.dblClick(button('Hang up'));
      expect(bus.count('DIALER.HANGUP')).toBe(1);
      expect(button('Hang up')).toHaveAttribute('aria-busy', 'true');
    });
  });

  describe('once the call ended', () => {
    it('offers Done, which resets to no call', async () => {
      const { bus, user } = await renderWithDialer(<CallBar />);
      script.ended(bus);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Call ended');
      expect(buttonNames()).toEqual(['Done']);
      await user.click(button('Done'));
      expect(bus.count('DIALER.RESET')).toBe(1);
      bus.push(busEvent.callStatus('idle'));
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
    });
  });

  describe('while mandatory tagging', () => {
    it('says tagging is required and offers no button until the call is tagged', async () => {
      const { bus } = await renderWithDialer(<CallBar />);
      script.mandatoryTagging(bus);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Tagging required');
      expect(callRegion()).toHaveAttribute('data-state', 'mandatoryTagging');
      expect(buttonNames()).toEqual([]);
    });
  });

  it('announces status changes in its polite live region', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    const live = within(callRegion()).getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    script.dialing(bus);
    expect(live).toHaveTextContent('Connecting');
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(live).toHaveTextContent('Ringing');
  });

  it('names the flow while in a sub-flow', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    script.warmTransferConnected(bus);
    expect(within(callRegion()).getByRole('status')).toHaveTextContent('Warm transfer: Connected');
    expect(callRegion()).toHaveAttribute('data-flow', 'warmTransfer');
  });

  it('says coaching once, not "Coaching: Coaching"', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    bus.push(busEvent.callStatus('startingCoaching', 'regular'), busEvent.callStatus('joining', 'coaching'));
    expect(within(callRegion()).getByRole('status').textContent).toBe('Coaching: Joining');
    bus.push(busEvent.callStatus('joined', 'coaching'));
    expect(within(callRegion()).getByRole('status').textContent).toBe('Coaching');
  });

  it('names a started conference once, not "Conference: Conference started"', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    bus.push(
      busEvent.callStatus('startingConference', 'regular'),
      busEvent.callStatus('initiating', 'conference'),
      busEvent.callStatus('initiated', 'conference'),
    );
    expect(within(callRegion()).getByRole('status').textContent).toBe('Conference started');
  });

  it('changes nothing visible for a malformed bus message', async () => {
    const { bus, container } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    const before = container.innerHTML;
    bus.push(
      { type: 'DIALER.CALL_STATUS', payload: { status: 'exploded', flow: 'regular' } },
      { type: 'DIALER.SYNC', payload: { metadata: 'nope' } },
      'not even an object',
    );
    expect(container.innerHTML).toBe(before);
  });

  it('forwards its ref, composes className and passes other props', async () => {
    const ref = createRef<HTMLElement>();
    await renderWithDialer(<CallBar ref={ref} className="mine" data-testid="bar" />);
    expect(ref.current).toBe(callRegion());
    expect(callRegion()).toHaveClass('dk-call-bar', 'mine');
    expect(callRegion()).toHaveAttribute('data-testid', 'bar');
  });
});
