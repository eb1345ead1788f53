import {
  FAR_SIDE_ACTIONS,
  FAULTABLE_OPERATIONS,
  type FaultableOperation,
  type SimulatedBus,
} from '@dialer-kit/simulator';

/** What the panel shows about the link to the embedding page. */
export interface LinkStatus {
  readonly embedded: boolean;
  readonly registeredOrigin: string | undefined;
  readonly dropped: number;
}

/** The control panel: the far side's actions as buttons, the bus state and the simulator log. */
export interface ControlPanel {
  /** Shows a refused message in the log. */
  noteDrop(reason: string, origin: string): void;
}

const LOG_LINES = 12;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Renders the panel into `root` (plain DOM: the bus page stays free of the kit's React) and keeps it in
 * step with the bus through `onChange` and `onLog`.
 */
export function createControlPanel(
  root: HTMLElement,
  bus: SimulatedBus,
  link: () => LinkStatus,
): ControlPanel {
  // Plain text, not live regions: the kit's own components announce the call; only notices are announced.
  const status = element('span', { id: 'bus-status' });
  const linkStatus = element('span', { id: 'link-status' });
  const log = element('ol', { id: 'bus-log', ariaLabel: 'Simulator log' });
  const notice = element('p', { role: 'status' });
  // A new node per notice, so the same notice twice is announced twice.
  const say = (text: string): void => {
    notice.replaceChildren(text === '' ? '' : element('span', { textContent: text }));
  };

  const act = (label: string, run: () => boolean) =>
    element('button', {
      type: 'button',
      textContent: label,
      onclick: () => say(run() ? '' : `${label}: nothing to do (see the log)`),
    });

  const operation = element(
    'select',
    { id: 'fault-operation' },
    FAULTABLE_OPERATIONS.map((op) => element('option', { value: op, textContent: op })),
  );
  const inject = element('button', {
    type: 'button',
    textContent: 'Inject a failure',
    onclick: () => {
      bus.failNext(operation.value as FaultableOperation);
      say(`Next ${operation.value} will fail`);
    },
  });

  root.append(
    element('h1', { textContent: 'Dialer bus simulator' }),
    element('p', {}, ['Bus: ', status]),
    element('p', {}, ['Link: ', linkStatus]),
    element(
      'div',
      { role: 'group', ariaLabel: 'Far side' },
      FAR_SIDE_ACTIONS.map(({ label, run }) => act(label, () => run(bus))),
    ),
    element('div', { role: 'group', ariaLabel: 'Faults' }, [
      element('label', { htmlFor: 'fault-operation', textContent: 'Next failing operation ' }),
      operation,
      inject,
    ]),
    notice,
    log,
  );

  const render = (): void => {
    const snapshot = bus.getSnapshot();
    const flow = snapshot.call?.flow;
    status.textContent = `${snapshot.status}${flow === undefined ? '' : ` (${flow})`}, ${snapshot.inits} INIT in effect`;
    const { embedded, registeredOrigin, dropped } = link();
    linkStatus.textContent = embedded
      ? `${registeredOrigin === undefined ? 'waiting for BUS.REGISTER' : `registered by ${registeredOrigin}`}, ${dropped} dropped`
      : 'not embedded: open the host page';
  };
  const addLine = (text: string): void => {
    log.prepend(element('li', { textContent: text }));
    while (log.children.length > LOG_LINES) log.lastElementChild?.remove();
  };

  bus.onChange(render);
  bus.onLog((entry) => {
    addLine(`${entry.kind}: ${entry.message}`);
    render();
  });
  render();
  return {
    noteDrop(reason, origin) {
      addLine(`dropped (${reason}) from ${origin}`);
      render();
    },
  };
}
