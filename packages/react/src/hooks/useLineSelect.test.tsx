import type { Line } from '@dialer-kit/core';
import { actOn, busEvent, createScriptedBus, probeHook, renderWithDialer } from '@dialer-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { type LineSelectOptions, useLineSelect } from './useLineSelect';

const SALES: Line = { id: 1, name: 'Sales US', number: '+1 415-555-0123', normalized: '+14155550123' };
const SUPPORT: Line = { id: 2, name: 'Support UK', number: '+44 20 7183 8750', normalized: '+442071838750' };
const NO_NUMBER: Line = { id: 3, name: 'Broken' };
const linesChanged = (...lines: Line[]) => ({ type: 'USER.LINES_CHANGED', payload: { lines } });

async function renderLines(options: LineSelectOptions = {}, lines: Line[] = [SALES, SUPPORT]) {
  const probe = probeHook(() => useLineSelect(options));
  const rendered = await renderWithDialer(probe.element, { bus: createScriptedBus() });
  rendered.bus.push(linesChanged(...lines));
  return { ...rendered, result: probe.result };
}

describe('useLineSelect', () => {
  it('has no line, and says so, until the bus reports the lines', async () => {
    const { result, element } = probeHook(() => useLineSelect());
    await renderWithDialer(element, { bus: createScriptedBus() });
    expect(result.current).toMatchObject({ lines: [], line: undefined, from: undefined });
    expect(result.current.selectControl).toMatchObject({ enabled: false, reason: 'no-line' });
  });

  it('calls from the first line until the agent picks another', async () => {
    const onValueChange = vi.fn();
    const { result } = await renderLines({ onValueChange });
    expect(result.current).toMatchObject({ line: SALES, from: SALES.normalized });
    actOn(() => result.current.select(SUPPORT.id));
    expect(result.current).toMatchObject({ line: SUPPORT, from: SUPPORT.normalized });
    expect(onValueChange).toHaveBeenCalledWith(SUPPORT.id);
  });

  it('starts on `defaultValue`', async () => {
    const { result } = await renderLines({ defaultValue: SUPPORT.id });
    expect(result.current.line).toEqual(SUPPORT);
  });

  it('follows `value` when the pick is held outside', async () => {
    const onValueChange = vi.fn();
    const { result } = await renderLines({ value: SUPPORT.id, onValueChange });
    expect(result.current.line).toEqual(SUPPORT);
    actOn(() => result.current.select(SALES.id));
    expect(onValueChange).toHaveBeenCalledWith(SALES.id);
    // Still the value given: the owner decides.
    expect(result.current.line).toEqual(SUPPORT);
  });

  it('falls back to the first line when the picked one goes away', async () => {
    const { result, bus } = await renderLines();
    actOn(() => result.current.select(SUPPORT.id));
    bus.push(linesChanged(SALES));
    expect(result.current.line).toEqual(SALES);
  });

  it('ignores a line without a number to call from', async () => {
    const onValueChange = vi.fn();
    const { result } = await renderLines({ onValueChange }, [SALES, NO_NUMBER]);
    actOn(() => result.current.select(NO_NUMBER.id));
    expect(result.current.line).toEqual(SALES);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('may not change during a call, and says why', async () => {
    const onValueChange = vi.fn();
    const { result, bus } = await renderLines({ onValueChange });
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(result.current.selectControl).toMatchObject({ enabled: false, reason: 'call-in-progress' });
    actOn(() => result.current.select(SUPPORT.id));
    expect(result.current.line).toEqual(SALES);
    expect(onValueChange).not.toHaveBeenCalled();
  });
});
