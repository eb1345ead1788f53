import { describe, expect, it } from 'vitest';
import { isDocumentedTransition, type StatusPoint } from './transitions';

const p = (name: string): StatusPoint => {
  if (name === 'idle') return { status: 'idle', flow: undefined };
  const [flow, status] = name.split('/');
  return { status, flow } as StatusPoint;
};
const documented = (from: string, to: string, resetPending = false, offered = false): boolean =>
  isDocumentedTransition(p(from), p(to), { resetPending, offered });

describe('isDocumentedTransition', () => {
  it.each([
    ['regular/connecting', 'regular/ringing'],
    ['regular/startingWarmTransfer', 'warmTransfer/ringing'],
    ['concurrent/hanging', 'regular/connected'],
    ['conference/hanging', 'regular/ended'],
    ['coaching/hanging', 'idle'],
    ['coaching/joined', 'idle'],
    ['regular/ended', 'idle'],
    ['warmTransfer/ringing', 'warmTransfer/hanging'],
    ['regular/ringing', 'regular/ended'],
    ['regular/mandatoryTagging', 'regular/ended'],
  ])('expects %s -> %s', (from, to) => {
    expect(documented(from, to)).toBe(true);
  });

  it.each([
    ['idle', 'regular/connected'],
    ['regular/connecting', 'regular/connected'],
    ['regular/connected', 'idle'],
    ['regular/ended', 'regular/hanging'],
    ['regular/connected', 'warmTransfer/hanging'],
    ['idle', 'regular/ended'],
  ])('does not expect %s -> %s', (from, to) => {
    expect(documented(from, to)).toBe(false);
  });

  it('expects an offered call to end straight from idle', () => {
    expect(documented('idle', 'regular/ended', false, true)).toBe(true);
  });

  it('expects idle from anywhere once RESET was sent', () => {
    expect(documented('regular/connected', 'idle', true)).toBe(true);
  });
});
