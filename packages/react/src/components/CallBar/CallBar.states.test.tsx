import { busEvent, callMetadata, callScripts, externalParty, TEST_CUSTOMER } from '@dialer-kit/testing';
import { act, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, callRegion, chips, renderBar } from './callBarQueries';

afterEach(() => {
  vi.useRealTimers();
});

describe('CallBar states of a connected call (held, muted, recording)', () => {
  it('shows no state chip while the call is simply connected, and every toggle unpressed', async () => {
    await renderBar(callScripts.connected);
    expect(chips()).toEqual([]);
    for (const name of ['Mute', 'Hold', 'Record'])
      expect(button(name)).toHaveAttribute('aria-pressed', 'false');
  });

  it('mutes: Mute is pressed, a "Muted" chip shows and the change is read out; pressing it again unmutes', async () => {
    const { bus, user } = await renderBar(callScripts.connected);
    await user.click(button('Mute'));
    expect(bus.sent('DIALER.MUTE')).toEqual([{ type: 'DIALER.MUTE', payload: { shouldMute: true } }]);
    expect(button('Mute')).toHaveAttribute('aria-pressed', 'true');
    expect(chips()).toEqual(['Muted']);
    expect(within(callRegion()).getByText('Muted', { selector: '[aria-live="polite"]' })).toBeInTheDocument();
    await user.click(button('Mute'));
    expect(bus.sent('DIALER.MUTE').at(-1)).toEqual({
      type: 'DIALER.MUTE',
      payload: { shouldMute: false },
    });
    expect(button('Mute')).toHaveAttribute('aria-pressed', 'false');
    expect(chips()).toEqual([]);
  });

  it('holds the party: once the bus reports it, Hold is pressed and "On hold" shows', async () => {
    const { bus, user } = await renderBar(callScripts.connected);
    await user.click(button('Hold'));
    expect(bus.sent('DIALER.HOLD')).toEqual([
      { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
    ]);
    expect(button('Hold')).toHaveAttribute('aria-pressed', 'false');
    bus.push(
      busEvent.sync(callMetadata({ activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true) })),
    );
    expect(button('Hold')).toHaveAttribute('aria-pressed', 'true');
    expect(callRegion()).toHaveAttribute('data-held');
    expect(chips()).toEqual(['On hold 0:00']);
    await user.click(button('Hold'));
    expect(bus.sent('DIALER.HOLD').at(-1)).toMatchObject({ payload: { shouldHold: false } });
    bus.push(busEvent.sync(callMetadata()));
    expect(chips()).toEqual([]);
    expect(button('Hold')).toHaveAttribute('aria-pressed', 'false');
  });

  it('counts the time on hold from the SYNC that showed it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const { bus } = await renderBar(callScripts.connected);
    act(() => vi.advanceTimersByTime(30_000));
    bus.push(
      busEvent.sync(callMetadata({ activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true) })),
    );
    expect(chips()).toEqual(['On hold 0:00']);
    act(() => vi.advanceTimersByTime(42_000));
    expect(chips()).toEqual(['On hold 0:42']);
    expect(callRegion()).toHaveTextContent('Call duration 1:12');
  });

  it('records: once recording, Record is pressed and a "Recording" chip shows; paused, it says so', async () => {
    const { bus, user } = await renderBar(callScripts.connected);
    await user.click(button('Record'));
    expect(bus.sent('DIALER.SET_RECORDING')).toEqual([
      { type: 'DIALER.SET_RECORDING', payload: { shouldRecord: true } },
    ]);
    bus.push(busEvent.sync(callMetadata({ recordingState: 'recording' })));
    expect(button('Record')).toHaveAttribute('aria-pressed', 'true');
    expect(callRegion()).toHaveAttribute('data-recording');
    expect(chips()).toEqual(['Recording']);
    await user.click(button('Record'));
    expect(bus.sent('DIALER.SET_RECORDING').at(-1)).toMatchObject({ payload: { shouldRecord: false } });
    bus.push(busEvent.sync(callMetadata({ recordingState: 'paused' })));
    expect(button('Record')).toHaveAttribute('aria-pressed', 'false');
    expect(chips()).toEqual(['Recording paused']);
  });

  it('shows held, muted and recording together, in words', async () => {
    const { bus, user } = await renderBar();
    callScripts.connected(bus, { recordingState: 'recording' });
    await user.click(button('Mute'));
    bus.push(
      busEvent.sync(
        callMetadata({
          recordingState: 'recording',
          activeParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    expect(chips()).toEqual(['On hold 0:00', 'Muted', 'Recording']);
    expect(within(callRegion()).getByRole('list', { name: 'Call state' })).toBeInTheDocument();
  });
});
