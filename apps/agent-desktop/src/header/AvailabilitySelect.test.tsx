import { DialerProvider } from '@dialer-kit/react';
import { createSimulatedBus, type SimulatedBus } from '@dialer-kit/simulator';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AvailabilitySelect } from './AvailabilitySelect';

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});

let bus: SimulatedBus;
let root: Root;
let container: HTMLElement;

/** Lets the simulator answer everything pending, with React updates flushed. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    await act(async () => {
      bus.flush();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const select = (): HTMLSelectElement => container.querySelector('select') as HTMLSelectElement;

/** Picks `value` in the select the way a user does: the DOM value changes, then `change` fires. */
async function choose(value: string): Promise<void> {
  await act(async () => {
    select().value = value;
    select().dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(async () => {
  bus = createSimulatedBus({ clock: 'manual', latencyMs: 100, session: 'restored' });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <DialerProvider transport={bus.transport} appName="test" release="0">
        <AvailabilitySelect />
      </DialerProvider>,
    ),
  );
  await settle();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the Availability select', () => {
  it('starts on the agent’s setting', () => {
    expect(select().value).toBe('always_opened');
  });

  it('keeps the accepted choice', async () => {
    await choose('always_closed');
    await settle();
    expect(select().value).toBe('always_closed');
  });

  describe('when the bus refuses the update', () => {
    it.each(['auto', 'always_closed'])(
      'goes back from %s to the previous choice and says it failed',
      async (refused) => {
        bus.failNext('updateAvailability');
        await choose(refused);
        await settle();
        expect(select().value).toBe('always_opened');
        expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/could not change/);
      },
    );
  });

  describe('while an update is in flight', () => {
    it('shows the choice being sent, enabled (so it keeps focus) but busy', async () => {
      await choose('always_closed');
      expect(select().value).toBe('always_closed');
      expect(select().disabled).toBe(false);
      expect(select().getAttribute('aria-disabled')).toBe('true');
      expect(select().getAttribute('aria-busy')).toBe('true');
      await settle();
      expect(select().hasAttribute('aria-busy')).toBe(false);
    });

    it('ignores another change', async () => {
      await choose('always_closed');
      await choose('auto');
      expect(select().value).toBe('always_closed');
      await settle();
      expect(select().value).toBe('always_closed');
      const updates = bus.log.filter((entry) => entry.messageType === 'API.UPDATE_AVAILABILITY');
      expect(updates).toHaveLength(1);
    });
  });
});
