import {
  busQuerySettings,
  createHandoverStorage,
  createParentLink,
  createSimulatedBus,
  parseBusQuery,
} from '@dialer-kit/simulator';
import { createControlPanel } from './createControlPanel';

// The simulated bus, served as the page a kit embeds in its bus iframe. The query configures it (see
// `parseBusQuery`): `session=restored` skips the login, `latency=<ms>` delays every event (default 30 here),
// `tagging=mandatory` makes every line's calls wait for tags, `wrapup=<s>` sets the after-call work length.
const query = new URLSearchParams(window.location.search);
// `handover=1` (the tabs of a desk share one bus, and the bus page moves with the tab that owns it): the
// calls are kept in this origin's storage and the next bus page goes on with them, as a real bus keeps
// its calls on its server. Its ids are seeded anew, so a next call does not repeat a handed-over id.
const handover = query.get('handover') === '1' ? createHandoverStorage(() => window.localStorage) : undefined;
const resume = handover?.read();
const bus = createSimulatedBus({
  latencyMs: 30,
  ...busQuerySettings(parseBusQuery(query)),
  ...(handover === undefined ? {} : { seed: (Date.now() % 0x7fffffff) + 1 }),
  ...(resume === undefined ? {} : { resume }),
});
if (handover !== undefined) {
  const save = () => handover.write(bus.handover());
  bus.onChange(save);
  // Kept fresh while this page lives, so a long call is still handed over.
  setInterval(save, 10_000);
}

/** Accepted messages by type, for the browser tests and the panel. */
const counts: Record<string, number> = {};
const typeOf = (message: unknown): string =>
  typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : '(no type)';

const link = createParentLink({
  self: window,
  parent: window.parent,
  onMessage(message) {
    const type = typeOf(message);
    counts[type] = (counts[type] ?? 0) + 1;
    bus.receive(message, link.registeredOrigin);
  },
  onDrop: (reason, origin) => panel.noteDrop(reason, origin),
});
// `__bus.mute(true)`: the page stops posting (a bus gone silent, as a frozen or broken one would be); what
// it emits meanwhile is lost. It still receives and counts.
let muted = false;
bus.onEmit((message) => {
  if (!muted) link.post(message);
});

const panel = createControlPanel(document.getElementById('panel') as HTMLElement, bus, () => ({
  embedded: window.parent !== window,
  registeredOrigin: link.registeredOrigin,
  dropped: link.droppedCount,
}));

Object.defineProperty(window, '__bus', {
  value: {
    counts,
    get dropped() {
      return link.droppedCount;
    },
    get registeredOrigin() {
      return link.registeredOrigin;
    },
    bus,
    mute(on: boolean) {
      muted = on;
    },
  },
});
