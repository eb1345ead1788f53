import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TimelineItem } from './TimelineItem';
import { fromTraffic } from './timelineEntry';

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

/** Renders one timeline line for `message` and opens its JSON; returns the list item. */
async function renderOpened(message: unknown, at = 0): Promise<HTMLElement> {
  const container = document.createElement('ol');
  document.body.append(container);
  root = createRoot(container);
  const entry = fromTraffic({ direction: 'in', at, message, accepted: false, error: 'bad' }, 1);
  await act(async () => root?.render(<TimelineItem entry={entry} />));
  const details = container.querySelector('details') as HTMLDetailsElement;
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return container.querySelector('li') as HTMLElement;
}

const circular = (): unknown => {
  const message: Record<string, unknown> = { type: 'X' };
  message.self = message;
  return message;
};

describe('a timeline line', () => {
  it.each([
    ['a bigint', { type: 'X', n: 1n }, '"n": "1"'],
    ['a cycle', circular(), '"self": "[Circular]"'],
    ['a numeric type', { type: 42 }, '"type": 42'],
    ['no object at all', undefined, 'undefined'],
  ])('shows the JSON of a message with %s without throwing', async (_what, message, shown) => {
    const item = await renderOpened(message);
    expect(item.querySelector('pre')?.textContent).toContain(shown);
  });

  it('cuts a huge payload in the opened JSON', async () => {
    const item = await renderOpened({ type: 'X', blob: 'a'.repeat(200_000) });
    const json = item.querySelector('pre')?.textContent ?? '';
    expect(json.length).toBeLessThan(25_000);
    expect(json).toContain('more characters');
  });

  it('renders a message stamped with an invalid time', async () => {
    const item = await renderOpened({ type: 'X' }, Number.NaN);
    expect(item.querySelector('.desk-entry__type')?.textContent).toBe('X');
  });
});
