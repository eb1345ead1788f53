import { actOn, busEvent, callScripts, TEST_CUSTOMER, TEST_LINE } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { act, createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
import { CallBar } from '../CallBar/CallBar';
import { IncomingCallBanner } from './IncomingCallBanner';

const banner = () => screen.getByRole('region', { name: 'Incoming call' });

afterEach(() => {
  vi.useRealTimers();
});

describe('IncomingCallBanner', () => {
  it('names the agent line the call came in on', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.linesChanged(), busEvent.incoming({ to: String(TEST_LINE.normalized) }));
    expect(banner()).toHaveTextContent(`Line called: ${TEST_LINE.name} · ${TEST_LINE.number}`);
  });

  it('names the number called when it is none of the agent lines, and no line for a teammate call', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.incoming({ to: '+14155550100' }));
    expect(banner()).toHaveTextContent('Line called: +14155550100');
    bus.push(busEvent.incoming({ type: 'internal', from: 'client:7', to: 'client:42' }));
    expect(banner()).not.toHaveTextContent('Line called');
  });

  it('says, politely and without taking focus, that an accept got no answer; Dismiss puts it away', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { bus, store } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.incoming());
    const reject = within(banner()).getByRole('button', { name: 'Reject' });
    reject.focus();
    actOn(() => store.actions.accept());
    act(() => vi.advanceTimersByTime(10_000));
    const text = within(banner()).getByText('Call could not be accepted. The dialer did not answer in time.');
    expect(text).toHaveAttribute('aria-live', 'polite');
    expect(reject).toHaveFocus();
    act(() => within(banner()).getByRole('button', { name: 'Dismiss' }).click());
    expect(within(banner()).queryByText(/could not be accepted/)).not.toBeInTheDocument();
    expect(banner()).toContainElement(document.activeElement as HTMLElement);
  });

  it('renders only an empty live region while no call is offered', async () => {
    const { container } = await renderOnScript(<IncomingCallBanner />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(container).toHaveTextContent('');
  });

  it('announces the offer politely in the live region that was already there', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    bus.push(busEvent.incoming());
    expect(screen.getByRole('status')).toBe(live);
    expect(live).toHaveTextContent(`Incoming call from ${TEST_CUSTOMER}`);
  });

  describe.each(['Accept', 'Reject'])('when %s removes the banner', (name) => {
    it('moves focus to the call bar, not to the page body', async () => {
      // The call bar before the banner: the focus must go back up the page, not on to what follows.
      const { bus, user } = await renderOnScript(
        <>
          <CallBar />
          <IncomingCallBanner />
        </>,
        (bus) => bus.push(busEvent.incoming()),
      );
      await user.click(within(banner()).getByRole('button', { name }));
      // An accept settles when the bus says so; a reject is final at once.
      if (name === 'Accept') bus.push(busEvent.callStatus('accepting', 'regular'));
      expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument();
      expect(document.activeElement).not.toBe(document.body);
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Call' }));
    });
  });

  describe('for an external call', () => {
    it('shows the kind and the caller with Accept and Reject', async () => {
      const { bus } = await renderOnScript(<IncomingCallBanner />);
      bus.push(busEvent.incoming());
      expect(banner()).toHaveAttribute('data-state', 'offered');
      expect(banner()).toHaveAttribute('data-type', 'external');
      expect(banner()).toHaveTextContent('External call');
      expect(banner()).toHaveTextContent(`Incoming call from ${TEST_CUSTOMER}`);
      expect(
        within(banner())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Accept', 'Reject']);
    });

    it('accepts with one command for a double click', async () => {
      const { bus, user } = await renderOnScript(<IncomingCallBanner />);
      bus.push(busEvent.incoming());
      await user.dblClick(screen.getByRole('button', { name: 'Accept' }));
      expect(bus.sent('DIALER.ACCEPT')).toHaveLength(1);
    });

    it('rejects and goes away', async () => {
      const { bus, user } = await renderOnScript(<IncomingCallBanner />);
      bus.push(busEvent.incoming());
      await user.click(screen.getByRole('button', { name: 'Reject' }));
      expect(bus.sent('DIALER.REJECT').length).toBe(1);
      expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument();
    });
  });

  it('names a teammate calling from their client id', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.incoming({ type: 'internal', from: 'client:12', to: 'client:42' }));
    expect(banner()).toHaveTextContent('Call from a teammate');
    expect(banner()).toHaveTextContent('Incoming call from Teammate 12');
  });

  it('shows the transferring teammate of a cold transfer', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.incoming({ type: 'cold-transfer', to: 'client:42', transferer: 'client:7' }));
    expect(banner()).toHaveTextContent('Transferred call');
    expect(banner()).toHaveTextContent(`Incoming call from ${TEST_CUSTOMER}`);
    expect(banner()).toHaveTextContent('Transferred by Teammate 7');
  });

  it('shows the waiting customer of a warm transfer', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(
      busEvent.incoming({
        type: 'warm-transfer',
        from: 'client:7',
        to: 'client:42',
        external: TEST_CUSTOMER,
      }),
    );
    expect(banner()).toHaveTextContent('Warm transfer');
    expect(banner()).toHaveTextContent('Incoming call from Teammate 7');
    expect(banner()).toHaveTextContent(`Customer: ${TEST_CUSTOMER}`);
  });

  it('shows an unknown kind of call like an external one', async () => {
    const { bus } = await renderOnScript(<IncomingCallBanner />);
    bus.push(busEvent.incoming({ type: 'callback' }));
    expect(banner()).toHaveAttribute('data-type', 'callback');
    expect(banner()).toHaveTextContent('External call');
  });

  describe('while mandatory tagging', () => {
    it('refuses to accept, says why and sends nothing', async () => {
      const { bus, user } = await renderOnScript(<IncomingCallBanner />, callScripts.mandatoryTagging);
      bus.push(busEvent.incoming());
      const accept = screen.getByRole('button', { name: 'Accept' });
      expect(accept).toHaveAttribute('aria-disabled', 'true');
      expect(accept).toHaveAccessibleDescription('Tag the last call first.');
      expect(within(banner()).getAllByText('Tag the last call first.')[0]).toBeVisible();
      await user.click(accept);
      expect(bus.sent('DIALER.ACCEPT').length).toBe(0);
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderOnScript(<IncomingCallBanner ref={ref} className="mine" />);
    bus.push(busEvent.incoming());
    expect(ref.current).toBe(banner());
    expect(banner()).toHaveClass('dk-incoming-call', 'mine');
  });
});
