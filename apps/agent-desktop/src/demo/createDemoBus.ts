import { type BusTransport, createPostMessageTransport } from '@dialer-kit/core';
import { busQuerySettings, createSimulatedBus, type SimulatedBus } from '@dialer-kit/simulator';
import { busFrameUrl, type DemoQuery } from './parseDemoQuery';

/** The bus the page talks to: the in-process simulator, or the bus page in an iframe. */
export type DemoBus =
  | { readonly mode: 'memory'; readonly transport: BusTransport; readonly bus: SimulatedBus }
  | {
      readonly mode: 'frame';
      readonly transport: BusTransport;
      /** Not yet in the document: the Far side panel inserts it once (moving it would reload the bus). */
      readonly iframe: HTMLIFrameElement;
      readonly busUrl: URL;
    };

/** Creates the demo's bus from its query; frame mode makes the iframe and its transport, unattached. */
export function createDemoBus(query: DemoQuery, doc: Document): DemoBus {
  if (query.mode === 'memory') {
    const bus = createSimulatedBus(busQuerySettings(query));
    return { mode: 'memory', transport: bus.transport, bus };
  }
  const busUrl = busFrameUrl(query);
  const iframe = doc.createElement('iframe');
  iframe.name = 'bus';
  iframe.title = 'Dialer bus';
  iframe.className = 'desk-bus-frame';
  iframe.src = busUrl.href;
  // Created before React renders, so the transport sees the frame's first `load` and queues REGISTER until then.
  const transport = createPostMessageTransport({ frame: iframe, origin: busUrl.origin });
  return { mode: 'frame', transport, iframe, busUrl };
}
