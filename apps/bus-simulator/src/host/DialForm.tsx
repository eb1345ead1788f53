import { useBusConnection, useDialer } from '@dialer-kit/react';
import { type FormEvent, useState } from 'react';

/** A number field and a Call button (the kit refuses the dial when its controls say so). */
export function DialForm() {
  const { state } = useBusConnection();
  const { dial } = useDialer();
  const [to, setTo] = useState('+14155550199');
  const [refusal, setRefusal] = useState<string | undefined>();
  if (state !== 'ready') return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = dial(to);
    setRefusal(result.ok ? undefined : result.reason);
  };
  return (
    <form aria-label="Dial" onSubmit={submit}>
      <label>
        Number <input name="to" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit">Call</button>
      {refusal === undefined ? null : <p role="status">Refused: {refusal}</p>}
    </form>
  );
}
