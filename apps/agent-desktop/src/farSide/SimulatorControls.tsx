import { FAR_SIDE_ACTIONS, type SimulatedBus } from '@dialer-kit/simulator';
import { useState } from 'react';
import { FaultControls } from './FaultControls';
import { useBusSummary } from './useBusSummary';
import { useSimulatorLog } from './useSimulatorLog';

/** The in-process simulator's far side: the shared action buttons, faults, its state and its log. */
export function SimulatorControls({ bus }: { readonly bus: SimulatedBus }) {
  const summary = useBusSummary(bus);
  const log = useSimulatorLog(bus);
  const [notice, setNotice] = useState('');
  return (
    <>
      <p className="desk-far-side__summary">
        Bus call: <output>{summary}</output>
      </p>
      <fieldset className="desk-fieldset">
        <legend>Call actions</legend>
        <div className="desk-far-side__actions">
          {FAR_SIDE_ACTIONS.map(({ label, run }) => (
            <button
              key={label}
              type="button"
              className="dk-button"
              onClick={() => setNotice(run(bus) ? '' : `${label}: nothing to do (see the log)`)}
            >
              {label}
            </button>
          ))}
        </div>
      </fieldset>
      <FaultControls bus={bus} />
      <p role="status" className="desk-far-side__notice">
        {notice}
      </p>
      <h3 className="desk-far-side__subtitle">Simulator log</h3>
      <ol aria-label="Simulator log" className="desk-far-side__log">
        {log.map((entry) => (
          <li key={entry.seq}>
            <span className="desk-tag">{entry.kind}</span> {entry.message}
          </li>
        ))}
      </ol>
    </>
  );
}
