import {
  actOn,
  busEvent,
  callMetadata,
  callScripts,
  externalParty,
  TEST_CUSTOMER,
  TEST_LINE,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';
import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callRegion, notice, renderBar } from './callBarQueries';

/** The kit's default timeout of a command whose effect never arrives. */
const COMMAND_TIMEOUT_MS = 10_000;

const timeOut = () => act(() => vi.advanceTimersByTime(COMMAND_TIMEOUT_MS));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CallBar notices', () => {
  it('shows nothing while nothing failed', async () => {
    await renderBar(callScripts.connected);
    expect(notice()).not.toBeInTheDocument();
  });

  describe('when a dial gets no answer', () => {
    it('says the call could not start, and no longer says dialing', async () => {
      const { bus, store } = await renderBar();
      bus.push(busEvent.linesChanged());
      actOn(() => store.actions.dial(TEST_CUSTOMER));
      timeOut();
      expect(notice()).toHaveTextContent('Call could not start. The dialer did not answer in time.');
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('No call');
    });

    it('drops the notice once the bus starts the call after all (a new call)', async () => {
      const { bus, store } = await renderBar();
      bus.push(busEvent.linesChanged());
      actOn(() => store.actions.dial(TEST_CUSTOMER));
      timeOut();
      expect(notice()).toBeInTheDocument();
      bus.push(
        { type: 'DIALER.DIALING', payload: { from: TEST_LINE.normalized, to: TEST_CUSTOMER } },
        busEvent.callStatus('connecting', 'regular'),
      );
      expect(notice()).not.toBeInTheDocument();
    });
  });

  describe('when a hold gets no answer during a call', () => {
    it('says the hold failed, until the agent tries again', async () => {
      const { store } = await renderBar(callScripts.connected);
      actOn(() => store.actions.hold(true));
      timeOut();
      expect(notice()).toHaveTextContent('Hold failed. The dialer did not answer in time.');
      expect(callRegion()).toHaveAttribute('data-state', 'connected');
      actOn(() => store.actions.hold(true));
      expect(notice()).not.toBeInTheDocument();
    });

    it('drops the notice as stale once the call status changes after it', async () => {
      const { bus, store } = await renderBar(callScripts.connected);
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
    const { store } = await renderBar(callScripts.connected);
    actOn(() => store.actions.hangUp());
    timeOut();
    expect(notice()).toHaveTextContent('Hang-up failed. The dialer did not answer in time.');
  });

  it('leaves a failed accept to the incoming-call banner, which owns the offer', async () => {
    const { bus, store } = await renderBar();
    bus.push(busEvent.incoming());
    actOn(() => store.actions.accept());
    timeOut();
    expect(store.getState().lastFailure?.operation).toBe('accept');
    expect(notice()).toBeNull();
  });

  it('leaves a failed transfer to the transfer controls', async () => {
    const { store } = await renderBar(callScripts.connected);
    actOn(() => store.actions.startWarmTransfer(TEST_TRANSFEREE));
    timeOut();
    expect(store.getState().lastFailure?.operation).toBe('startWarmTransfer');
    expect(notice()).not.toBeInTheDocument();
  });

  describe('when the bus answers a hold or a recording change with a SYNC that shows it undone', () => {
    it('says the hold failed', async () => {
      const { bus, store } = await renderBar(callScripts.connected);
      actOn(() => store.actions.hold(true));
      bus.push(busEvent.sync(callMetadata({ recordingState: 'recording' })));
      expect(notice()).toHaveTextContent('Hold failed. The dialer went back to the previous state.');
      expect(callRegion()).not.toHaveAttribute('data-held');
    });

    it('says the recording could not change', async () => {
      const { bus, store } = await renderBar(callScripts.connected);
      actOn(() => store.actions.record(true));
      bus.push(
        busEvent.sync(
          callMetadata({
            activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer'),
            recordingState: 'idle',
            canControlRecording: true,
            direction: 'incoming',
          }),
        ),
      );
      expect(notice()).toHaveTextContent(
        'Recording could not change. The dialer went back to the previous state.',
      );
    });
  });

  it('says a mute did not reach the dialer, and keeps the microphone as it was', async () => {
    const { bus, store } = await renderBar(callScripts.connected);
    const send = bus.transport.send;
    bus.transport.send = (message) => {
      if ((message as { type?: unknown }).type === 'DIALER.MUTE') throw new Error('gone');
      send(message);
    };
    actOn(() => store.actions.mute(true));
    expect(notice()).toHaveTextContent('Mute failed. The message could not reach the dialer.');
    expect(callRegion()).not.toHaveAttribute('data-muted');
  });

  it('is a polite live region that takes no focus, and Dismiss puts it away, keeping focus in the bar', async () => {
    vi.useRealTimers();
    const { bus, store } = await renderBar();
    const user = userEvent.setup();
    callScripts.connected(bus);
    const hangUp = within(callRegion()).getByRole('button', { name: 'Hang up' });
    hangUp.focus();
    actOn(() => store.actions.hold(true));
    bus.push(busEvent.sync(callMetadata()));
    expect(notice()).toHaveAttribute('aria-live', 'polite');
    expect(hangUp).toHaveFocus();
    const dismiss = within(callRegion()).getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveAccessibleDescription('Hold failed. The dialer went back to the previous state.');
    await user.click(dismiss);
    expect(notice()).toBeNull();
    expect(callRegion()).toContainElement(document.activeElement as HTMLElement);
    expect(store.getState().lastFailure?.operation).toBe('hold');
  });

  describe('when the call ends without the agent ending it', () => {
    it('says the other party hung up', async () => {
      await renderBar(callScripts.ended);
      expect(notice()).toHaveTextContent(`${TEST_CUSTOMER} hung up.`);
    });

    it('says the call dropped when it ended with no hang-up', async () => {
      const { bus } = await renderBar(callScripts.connected);
      bus.push(busEvent.callStatus('ended', 'regular'));
      expect(notice()).toHaveTextContent(`The call with ${TEST_CUSTOMER} dropped.`);
      expect(within(callRegion()).getByRole('status')).toHaveTextContent('Call ended');
    });

    it('says a dial could not be placed, or was not answered', async () => {
      const first = await renderBar(callScripts.dialing);
      first.bus.push(busEvent.callStatus('ended', 'regular'));
      expect(notice()).toHaveTextContent(`The call to ${TEST_CUSTOMER} could not be placed.`);
      first.unmount();
      const second = await renderBar(callScripts.dialing);
      second.bus.push(
        busEvent.callStatus('ringing', 'regular'),
        busEvent.callStatus('hanging', 'regular'),
        busEvent.callStatus('ended', 'regular'),
      );
      expect(notice()).toHaveTextContent(`${TEST_CUSTOMER} did not answer.`);
    });

    it('says nothing when the agent hung up', async () => {
      const { bus, store } = await renderBar(callScripts.connected);
      actOn(() => store.actions.hangUp());
      bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
      expect(notice()).toBeNull();
    });
  });

  it('confirms the tags the bus saved once tagging ends the call', async () => {
    const { bus } = await renderBar(callScripts.mandatoryTagging);
    bus.push(
      { type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 1, name: 'Sales' }, { id: 3 }] },
      busEvent.callStatus('ended', 'regular'),
    );
    const saved = [...callRegion().querySelectorAll('.dk-call-bar__notice:not([data-empty])')].map(
      (slot) => slot.querySelector('[aria-live]')?.textContent,
    );
    expect(saved).toEqual([`${TEST_CUSTOMER} hung up.`, 'Tags saved: Sales, Tag 3']);
  });
});
