import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CUSTOMER, LINE, linesChanged, script, TRANSFEREE } from '../../../test/callScripts';
import { busEvent } from '../../../test/fakeBus';
import { actOn, renderWithDialer } from '../../../test/renderWithDialer';
import { CallBar } from './CallBar';

/** The kit's default timeout of a command whose effect never arrives. */
const COMMAND_TIMEOUT_MS = 10_000;

const callRegion = () => screen.getByRole('region', { name: 'Call' });
const notice = () => within(callRegion()).queryByRole('alert');
const timeOut = () => act(() => vi.advanceTimersByTime(COMMAND_TIMEOUT_MS));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CallBar failure notice', () => {
  it('shows nothing while nothing failed', async () => {
    const { bus } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    expect(notice()).not.toBeInTheDocument();
  });

  describe('when a dial gets no answer', () => {
    it('says the call could not start, and no longer says dialing', async () => {
      const { bus, store } = await renderWithDialer(<CallBar />);
      bus.push(linesChanged);
      actOn(() => store.actions.dial(CUSTOMER));
      timeOut();
      expect(notice()).toHaveTextContent('Call could not start. The dialer did not answer in time.');
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
    });

    it('drops the notice once the bus starts the call after all (a new call)', async () => {
      const { bus, store } = await renderWithDialer(<CallBar />);
      bus.push(linesChanged);
      actOn(() => store.actions.dial(CUSTOMER));
      timeOut();
      expect(notice()).toBeInTheDocument();
      bus.push(
        { type: 'DIALER.DIALING', payload: { from: LINE.normalized, to: CUSTOMER } },
        busEvent.callStatus('connecting', 'regular'),
      );
      expect(notice()).not.toBeInTheDocument();
    });
  });

  describe('when a hold gets no answer during a call', () => {
    it('says the hold failed, until the agent tries again', async () => {
      const { bus, store } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      actOn(() => store.actions.hold(true));
      timeOut();
      expect(notice()).toHaveTextContent('Hold failed. The dialer did not answer in time.');
      expect(callRegion()).toHaveAttribute('data-state', 'connected');
      actOn(() => store.actions.hold(true));
      expect(notice()).not.toBeInTheDocument();
    });

    it('drops the notice as stale once the call status changes after it', async () => {
      const { bus, store } = await renderWithDialer(<CallBar />);
      script.connected(bus);
      actOn(() => store.actions.hold(true));
      timeOut();
      expect(notice()).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(1));
      bus.push(busEvent.callStatus('hanging', 'regular'));
      expect(store.getState().lastFailure?.operation).toBe('hold');
      expect(notice()).not.toBeInTheDocument();
    });
  });

  it('says a hang-up failed', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.hangUp());
    timeOut();
    expect(notice()).toHaveTextContent('Hang-up failed. The dialer did not answer in time.');
  });

  it('says an accepted call could not be accepted', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    bus.push(busEvent.incoming());
    actOn(() => store.actions.accept());
    timeOut();
    expect(notice()).toHaveTextContent('Call could not be accepted. The dialer did not answer in time.');
  });

  it('leaves a failed transfer to the transfer controls', async () => {
    const { bus, store } = await renderWithDialer(<CallBar />);
    script.connected(bus);
    actOn(() => store.actions.startWarmTransfer(TRANSFEREE));
    timeOut();
    expect(store.getState().lastFailure?.operation).toBe('startWarmTransfer');
    expect(notice()).not.toBeInTheDocument();
  });
});
