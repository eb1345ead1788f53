import './farSide.css';
import type { DemoBus } from '../demo/createDemoBus';
import { BusFrame } from './BusFrame';
import { SimulatorControls } from './SimulatorControls';

/** The "Far side" panel: what the caller, callee and the network do, in-process or inside the bus iframe. */
export function FarSidePanel({ demo }: { readonly demo: DemoBus }) {
  return (
    <aside aria-labelledby="far-side-title" className="desk-card desk-far-side">
      <h2 id="far-side-title" className="desk-card__title">
        Far side
      </h2>
      {demo.mode === 'memory' ? (
        <SimulatorControls bus={demo.bus} />
      ) : (
        <BusFrame iframe={demo.iframe} busUrl={demo.busUrl} />
      )}
    </aside>
  );
}
