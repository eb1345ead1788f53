import { FAR_SIDE_ACTIONS, type SimulatedBus } from '@dialer-kit/simulator';
import { useState } from 'react';
import { FaultControls } from './FaultControls';
import { type FarSideNotice, faultNotice, NO_NOTICE, nextNotice, refusalNotice } from './farSideNotice';
import { useBusSummary } from './useBusSummary';
import { useSimulatorLog } from './useSimulatorLog';

/** The in-process simulator's far side: the shared action buttons, faults, its state and its log. */
export function SimulatorControls({ bus }: { readonly bus: SimulatedBus }) {
  const summary = useBusSummary(bus);
  const log = useSimulatorLog(bus);
  const [notice, setNotice] = useState<FarSideNotice>(NO_NOTICE);
  const say = (text: string) => setNotice((previous) => nextNotice(previous, text));
  return (
    <>
      <p className="desk-far-side__summary">
        {/* Not a live region: the kit's own components announce what the agent needs to hear. */}
        Bus call: <span className="desk-far-side__state">{summary}</span>
      </p>
      <fieldset className="desk-fieldset">
        <legend>Call actions</legend>
        <div className="desk-far-side__actions">
          {FAR_SIDE_ACTIONS.map(({ label, run }) => (
            <button
              key={label}
              type="button"
              className="dk-button"
              onClick={() => say(run(bus) ? '' : refusalNotice(label))}
            >
              {label}
            </button>
          ))}
        </div>
      </fieldset>
      <FaultControls bus={bus} onInjected={(operation) => say(faultNotice(operation))} />
      <p role="status" className="desk-far-side__notice">
        {notice.text !== '' && <span key={notice.seq}>{notice.text}</span>}
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
