import { describe, expect, it } from 'vitest';
import { probeOnScript } from '../../test/renderOnScript';
import { useDiagnostics } from './useDiagnostics';

describe('useDiagnostics', () => {
  it('lists a rejected message with its code and field', async () => {
    const { result, bus } = await probeOnScript(useDiagnostics);
    const before = result.current.length;
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'teleporting', flow: 'regular' } });
    expect(result.current).toHaveLength(before + 1);
    expect(result.current.at(-1)).toMatchObject({
      code: 'invalid-message',
      messageType: 'DIALER.CALL_STATUS',
    });
  });

  it('keeps the same list when a valid message changes nothing diagnostic', async () => {
    const { result, bus } = await probeOnScript(useDiagnostics);
    const before = result.current;
    bus.push({ type: 'DIALER.CALL_STATUS', payload: { status: 'connecting', flow: 'regular' } });
    expect(result.current).toBe(before);
  });
});
