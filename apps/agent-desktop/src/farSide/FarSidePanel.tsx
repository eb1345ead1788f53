import './farSide.css';
import { useSyncExternalStore } from 'react';
import type { DemoBus } from '../demo/createDemoBus';
import { BusFrame } from './BusFrame';
import { SimulatorControls } from './SimulatorControls';

/** The "Far side" panel: what the caller, callee and the network do, in-process or inside the bus iframe. */
export function FarSidePanel({ demo }: { readonly demo: DemoBus }) {
  const parts = useSyncExternalStore(demo.subscribe, demo.current);
  return (
    <aside aria-labelledby="far-side-title" className="desk-card desk-far-side">
      <h2 id="far-side-title" className="desk-card__title">
        Far side
      </h2>
      {parts === undefined ? (
        <p className="dk-hint">The bus runs in the tab that has the phone: its far side is there.</p>
      ) : parts.mode === 'memory' ? (
        <SimulatorControls bus={parts.bus} />
      ) : (
        <BusFrame iframe={parts.iframe} busUrl={parts.busUrl} />
      )}
    </aside>
  );
}
