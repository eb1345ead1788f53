import { FAULTABLE_OPERATIONS, type FaultableOperation, type SimulatedBus } from '@dialer-kit/simulator';
import { useId, useState } from 'react';

/** Props of {@link FaultControls}. */
export interface FaultControlsProps {
  readonly bus: SimulatedBus;
  /** Called once a failure is armed, so the panel's status line can say so. */
  readonly onInjected?: (operation: FaultableOperation) => void;
}

/** Arms a failure of the bus's next attempt of an operation: a select and "Inject a failure". */
export function FaultControls({ bus, onInjected }: FaultControlsProps) {
  const [operation, setOperation] = useState<FaultableOperation>(FAULTABLE_OPERATIONS[0]);
  const id = useId();
  return (
    <fieldset className="desk-fieldset">
      <legend>Faults</legend>
      <div className="dk-field">
        <label htmlFor={id}>Next failing operation</label>
        <select
          id={id}
          className="dk-input"
          value={operation}
          onChange={(event) => setOperation(event.target.value as FaultableOperation)}
        >
          {FAULTABLE_OPERATIONS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="dk-button"
        onClick={() => {
          bus.failNext(operation);
          onInjected?.(operation);
        }}
      >
        Inject a failure
      </button>
    </fieldset>
  );
}
