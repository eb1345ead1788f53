import { createSimulatedBus, type SimulatedBus } from '@dialer-kit/simulator';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SimulatorControls } from './SimulatorControls';

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});

let bus: SimulatedBus;
let root: Root;
let container: HTMLElement;

beforeEach(async () => {
  bus = createSimulatedBus({ clock: 'manual', session: 'restored' });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<SimulatorControls bus={bus} />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const status = (): HTMLElement => container.querySelector('[role="status"]') as HTMLElement;
const button = (name: string): HTMLButtonElement =>
  [...container.querySelectorAll('button')].find((each) => each.textContent === name) as HTMLButtonElement;
const click = (name: string) => act(async () => button(name).click());

describe('the far side controls', () => {
  it('say which operation will fail once a failure is injected', async () => {
    const select = container.querySelector('select') as HTMLSelectElement;
    await act(async () => {
      select.value = 'hold';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('Inject a failure');
    expect(status().textContent).toBe('Next hold will fail');
  });

  it('put the same refusal in a new node when it comes twice, so it is announced again', async () => {
    await click('Remote answers');
    const first = status().firstElementChild;
    expect(first?.textContent).toBe('Remote answers: nothing to do (see the log)');
    await click('Remote answers');
    const second = status().firstElementChild;
    expect(second?.textContent).toBe(first?.textContent);
    expect(second).not.toBe(first);
  });

  it('show the simulator state outside any live region', async () => {
    expect(container.querySelector('output')).toBeNull();
    const live = container.querySelectorAll('[role="status"], [aria-live]:not([aria-live="off"])');
    expect([...live].map((element) => element.textContent)).toEqual(['']);
    const state = container.querySelector('.desk-far-side__state');
    expect(state?.textContent).toBe('idle');
    expect(state?.closest('[role], [aria-live]')).toBeNull();
  });
});
