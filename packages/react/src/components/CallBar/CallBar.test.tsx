import { busEvent, callScripts, TEST_CUSTOMER, TEST_LINE } from '@dialer-kit/testing';
import { act, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
import { IncomingCallBanner } from '../IncomingCallBanner/IncomingCallBanner';
import { CallBar } from './CallBar';
import { button, buttonNames, callRegion, renderBar } from './callBarQueries';

afterEach(() => {
  vi.useRealTimers();
});

describe('CallBar', () => {
  describe('with no call', () => {
    it('says so and offers no buttons', async () => {
      await renderBar();
      expect(callRegion()).toHaveAttribute('data-state', 'idle');
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
      expect(buttonNames()).toEqual([]);
    });
  });

  describe('while a call is offered', () => {
    it('only says a call is offered: the banner owns the caller, the line, Accept and Reject', async () => {
      const { bus } = await renderBar();
      bus.push(busEvent.incoming());
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Incoming call');
      expect(callRegion()).not.toHaveTextContent(TEST_CUSTOMER);
      expect(callRegion()).toHaveAttribute('data-incoming');
      expect(buttonNames()).toEqual([]);
    });

    it('drops the last call\u2019s Done, talk time and news when a call is offered after it', async () => {
      const { bus } = await renderBar(callScripts.ended);
      expect(buttonNames()).toEqual(['Done']);
      expect(callRegion()).toHaveTextContent(`${TEST_CUSTOMER} hung up.`);
      bus.push(busEvent.incoming({ callUuid: 'CA0123456789abcdef0123456789abcd02' }));
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Incoming call');
      expect(buttonNames()).toEqual([]);
      expect(callRegion()).not.toHaveTextContent('hung up');
      expect(callRegion()).not.toHaveTextContent('Call duration');
    });

    it('takes the focus the banner had once the call is accepted there', async () => {
      const { bus, user } = await renderOnScript(
        <>
          <IncomingCallBanner />
          <CallBar />
        </>,
        (bus) => bus.push(busEvent.incoming()),
      );
      await user.click(button('Accept'));
      expect(bus.sent('DIALER.ACCEPT').length).toBe(1);
      bus.push(busEvent.callStatus('accepting', 'regular'), busEvent.callStatus('connected', 'regular'));
      expect(buttonNames()).toContain('Hang up');
      expect(callRegion()).toContainElement(document.activeElement as HTMLElement);
    });
  });

  describe('while an outgoing call is set up', () => {
    it('shows who is called and offers only Hang up', async () => {
      const { bus, user } = await renderBar(callScripts.dialing);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Connecting');
      expect(callRegion()).toHaveTextContent(TEST_CUSTOMER);
      expect(buttonNames()).toEqual(['Hang up']);
      bus.push(busEvent.callStatus('ringing', 'regular'));
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Ringing');
      await user.click(button('Hang up'));
      expect(bus.sent('DIALER.HANGUP')).toHaveLength(1);
    });
  });

  describe('while connected', () => {
    it('shows the status, the party, the line and every call control', async () => {
      await renderBar(callScripts.connected);
      const region = callRegion();
      expect(region).toHaveAttribute('data-state', 'connected');
      expect(region).toHaveAttribute('data-flow', 'regular');
      expect(within(region).getByRole('status')).toHaveTextContent('Connected');
      expect(region).toHaveTextContent(TEST_CUSTOMER);
      expect(region).toHaveTextContent(`${TEST_LINE.name} · ${TEST_LINE.number}`);
      expect(within(region).getByRole('group', { name: 'Call controls' })).toBeInTheDocument();
      expect(buttonNames()).toEqual(['Hang up', 'Mute', 'Hold', 'Record']);
    });

    it('counts the talk time from the connection', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
      await renderBar(callScripts.connected);
      expect(callRegion()).toHaveTextContent('Call duration 0:00');
      act(() => vi.advanceTimersByTime(65_000));
      expect(callRegion()).toHaveTextContent('Call duration 1:05');
    });

    it('keeps Hold disabled in a conference, which holds its participants one by one', async () => {
      const { bus, user } = await renderBar(callScripts.conferenceStarted);
      const hold = button('Hold');
      expect(hold).toHaveAttribute('aria-disabled', 'true');
      expect(hold).toHaveAccessibleDescription('There is nobody to do this with.');
      await user.click(hold);
      expect(bus.sent('DIALER.HOLD').length).toBe(0);
    });

    it('disables Record with its reason, shown once under the buttons', async () => {
      const { bus, user } = await renderBar();
      callScripts.connected(bus, { canControlRecording: false });
      const record = button('Record');
      expect(record).toHaveAttribute('aria-disabled', 'true');
      expect(record).toHaveAccessibleDescription('Recording cannot be controlled on this call.');
      const group = screen.getByRole('group', { name: 'Call controls' });
      const reasons = group.querySelector('.dk-reasons');
      expect(reasons).toHaveTextContent('Recording cannot be controlled on this call.');
      // After every button: the reason never sits between two of them.
      expect(reasons?.previousElementSibling).toContainElement(record);
      await user.click(record);
      expect(bus.sent('DIALER.SET_RECORDING').length).toBe(0);
    });

    it('says a reason shared by several buttons once', async () => {
      const { bus } = await renderBar(callScripts.connected);
      bus.push(busEvent.callStatus('startingWarmTransfer', 'regular'));
      const reasons = screen.getByRole('group', { name: 'Call controls' }).querySelector('.dk-reasons');
      expect(reasons?.textContent).toBe('Only possible during a connected call.');
      expect(button('Hold')).toHaveAccessibleDescription('Only possible during a connected call.');
      expect(button('Record')).toHaveAccessibleDescription('Only possible during a connected call.');
    });

    it('shows no Mute or Record button when the host turned those undocumented commands off', async () => {
      await renderOnScript(<CallBar />, callScripts.connected, { provider: { undocumentedCommands: false } });
      expect(buttonNames()).toEqual(['Hang up', 'Hold']);
    });

    it('sends one hang-up for a double click', async () => {
      const { bus, user } = await renderBar(callScripts.connected);
      await user.dblClick(button('Hang up'));
      expect(bus.sent('DIALER.HANGUP').length).toBe(1);
      expect(button('Hang up')).toHaveAttribute('aria-busy', 'true');
    });
  });

  describe('once the call ended', () => {
    it('offers Done, which resets to no call', async () => {
      const { bus, user } = await renderBar(callScripts.ended);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Call ended');
      expect(buttonNames()).toEqual(['Done']);
      await user.click(button('Done'));
      expect(bus.sent('DIALER.RESET').length).toBe(1);
      bus.push(busEvent.callStatus('idle'));
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
    });
  });

  describe('while mandatory tagging', () => {
    it('says tagging is required and offers no button until the call is tagged', async () => {
      await renderBar(callScripts.mandatoryTagging);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Tagging required');
      expect(callRegion()).toHaveAttribute('data-state', 'mandatoryTagging');
      expect(buttonNames()).toEqual([]);
    });
  });

  it('announces status changes in its polite live region', async () => {
    const { bus } = await renderBar();
    const live = within(callRegion()).getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    callScripts.dialing(bus);
    expect(live).toHaveTextContent('Connecting');
    bus.push(busEvent.callStatus('ringing', 'regular'));
    expect(live).toHaveTextContent('Ringing');
  });

  it('names the flow while in a sub-flow', async () => {
    await renderBar(callScripts.warmTransferConnected);
    expect(within(callRegion()).getByRole('status')).toHaveTextContent('Warm transfer: Connected');
    expect(callRegion()).toHaveAttribute('data-flow', 'warmTransfer');
  });

  it('says coaching once, not "Coaching: Coaching"', async () => {
    const { bus } = await renderBar();
    bus.push(busEvent.callStatus('startingCoaching', 'regular'), busEvent.callStatus('joining', 'coaching'));
    expect(within(callRegion()).getByRole('status').textContent).toBe('Coaching: Joining');
    bus.push(busEvent.callStatus('joined', 'coaching'));
    expect(within(callRegion()).getByRole('status').textContent).toBe('Coaching');
  });

  it('names a started conference once, not "Conference: Conference started"', async () => {
    const { bus } = await renderBar(callScripts.connected);
    bus.push(
      busEvent.callStatus('startingConference', 'regular'),
      busEvent.callStatus('initiating', 'conference'),
      busEvent.callStatus('initiated', 'conference'),
    );
    expect(within(callRegion()).getByRole('status').textContent).toBe('Conference started');
  });

  it('changes nothing visible for a malformed bus message', async () => {
    const { bus, container } = await renderBar(callScripts.connected);
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
    await renderOnScript(<CallBar ref={ref} className="mine" data-testid="bar" />);
    expect(ref.current).toBe(callRegion());
    expect(callRegion()).toHaveClass('dk-call-bar', 'mine');
    expect(callRegion()).toHaveAttribute('data-testid', 'bar');
  });
});
