import { DialerProvider, IncomingCallBanner } from '@dialer-kit/react';
import { createSimulatedBus, type SimulatedBus } from '@dialer-kit/simulator';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CrmPanel } from './CrmPanel';
import { createCrm } from './createCrm';

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});

let bus: SimulatedBus;
let root: Root;
let container: HTMLElement;

/** Lets the simulator deliver everything due, then React render it. */
async function settle(ms = 0): Promise<void> {
  await act(async () => {
    if (ms > 0) bus.advance(ms);
    bus.flush();
    await Promise.resolve();
  });
}

beforeEach(async () => {
  bus = createSimulatedBus({ clock: 'manual', session: 'restored' });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const crm = createCrm();
  await act(async () =>
    root.render(
      <DialerProvider
        transport={bus.transport}
        appName="crm-test"
        release="0"
        storage={null}
        now={() => bus.now()}
        onIncomingCall={crm.onIncomingCall}
        onCallAnswered={crm.onCallAnswered}
        onCallEnded={crm.onCallEnded}
        onCallTagged={crm.onCallTagged}
        resolveContact={crm.resolveContact}
      >
        <IncomingCallBanner />
        <CrmPanel crm={crm} />
      </DialerProvider>,
    ),
  );
  await settle();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const record = () => container.querySelector('[role="status"][aria-label="Customer record"]')?.textContent;
const logged = () => [...container.querySelectorAll('ol[aria-label="Call log"] > li')];

describe('the demo CRM', () => {
  it('pops the caller when a call is offered, and logs the call with its summary when it ends', async () => {
    expect(record()).toBe('No caller');
    expect(container.textContent).toContain('No calls yet');
    // A number the CRM has no record of: it shows the number.
    const callUuid = bus.incomingCall({ from: '+442071838751' });
    expect(callUuid).toBeDefined();
    await settle();
    expect(record()).toMatch(/^Calling: \+\d+/);
    const caller = record()?.replace('Calling: ', '');
    await settle(30_000);
    bus.remoteHangsUp();
    await settle(1_000);
    expect(record()).toBe('No caller');
    expect(logged()).toHaveLength(1);
    const entry = logged()[0]?.textContent ?? '';
    expect(entry).toContain(`From ${caller}`);
    expect(entry).toContain('Ended byother party');
    expect(entry).toContain('Talk-');
  });

  it('pops the record of a known caller, and the kit shows the contact once the CRM answered', async () => {
    bus.incomingCall({ from: '+14155550199' });
    await settle();
    expect(record()).toBe('Calling: Grace HopperCobol Compilers Inc. · +14155550199 · Open record');
    const offer = () => container.querySelector('.dk-incoming-call__caller')?.textContent;
    expect(offer()).toBe('Incoming call from +14155550199');
    await act(async () => {
      await new Promise((done) => setTimeout(done, 450));
    });
    expect(offer()).toBe('Incoming call from Grace Hopper, Cobol Compilers Inc.');
  });

  it('shows the caller on the line once answered, and logs the talk time the callbacks measured', async () => {
    bus.incomingCall({ from: '+442071838751' });
    await settle();
    const accept = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Accept');
    expect(accept).toBeDefined();
    await act(async () => accept?.click());
    await settle(1_000);
    expect(record()).toMatch(/^On the line: \+\d+/);
    await settle(20_000);
    bus.remoteHangsUp();
    await settle(1_000);
    expect(logged()).toHaveLength(1);
    const entry = logged()[0]?.textContent ?? '';
    expect(entry).toMatch(/Talk0:2\d/);
    expect(entry).toContain('Ended byother party');
  });
});
