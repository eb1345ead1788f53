import { createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAgentAvailability } from '../hooks/useAgentAvailability';
import { useBusConnection } from '../hooks/useBusConnection';
import { useCallDetails } from '../hooks/useCallDetails';
import { useCallFlow } from '../hooks/useCallFlow';
import { useCallParticipants } from '../hooks/useCallParticipants';
import { useCallStatus } from '../hooks/useCallStatus';
import { useCallSummary } from '../hooks/useCallSummary';
import { useCallTimer } from '../hooks/useCallTimer';
import { useControlState } from '../hooks/useControlState';
import { useDiagnostics } from '../hooks/useDiagnostics';
import { useDialer } from '../hooks/useDialer';
import { useDialerControls } from '../hooks/useDialerControls';
import { useDialerSelector } from '../hooks/useDialerSelector';
import { useIncomingCall } from '../hooks/useIncomingCall';
import { useLastFailure } from '../hooks/useLastFailure';
import { useMandatoryTagging } from '../hooks/useMandatoryTagging';
import { useWarmTransfer } from '../hooks/useWarmTransfer';
import { useWrapUpCountdown } from '../hooks/useWrapUpCountdown';
import { useMessages } from '../messages';
import { useDialerStore } from './useDialerStore';

afterEach(() => {
  vi.restoreAllMocks();
});

const HOOKS: ReadonlyArray<readonly [string, () => unknown]> = [
  ['useCallStatus', useCallStatus],
  ['useCallSummary', useCallSummary],
  ['useCallFlow', useCallFlow],
  ['useAgentAvailability', useAgentAvailability],
  ['useWarmTransfer', useWarmTransfer],
  ['useMandatoryTagging', useMandatoryTagging],
  ['useIncomingCall', useIncomingCall],
  ['useCallParticipants', useCallParticipants],
  ['useCallTimer', useCallTimer],
  ['useCallDetails', useCallDetails],
  ['useDialerControls', useDialerControls],
  ['useControlState', () => useControlState('dial')],
  ['useDialer', useDialer],
  ['useBusConnection', useBusConnection],
  ['useDiagnostics', useDiagnostics],
  ['useWrapUpCountdown', useWrapUpCountdown],
  ['useLastFailure', useLastFailure],
  ['useMessages', useMessages],
  ['useDialerStore', () => useDialerStore()],
  ['useDialerSelector', () => useDialerSelector((state) => state.connection)],
];

function AllHooks() {
  for (const [, hook] of HOOKS) hook();
  return <p>all hooks ran</p>;
}

describe('outside a DialerProvider', () => {
  it.each(HOOKS)('%s throws a clear error', (name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(hook)).toThrow(new Error(`${name} must be used inside <DialerProvider>`));
  });

  it('does not throw inside one', async () => {
    await renderWithDialer(<AllHooks />, { bus: createScriptedBus() });
    expect(screen.getByText('all hooks ran')).toBeInTheDocument();
  });
});
