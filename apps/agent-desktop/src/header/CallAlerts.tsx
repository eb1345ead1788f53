import { OfferAlerts } from '@dialer-kit/react';
import { useState } from 'react';

/**
 * The desk's alerts of an offered call (the kit's OfferAlerts): the ringtone, which the agent can turn
 * off, and while the tab is hidden the title flash and a notification ("Enable notifications" asks the
 * browser on that click). When the browser blocks the ringtone, OfferAlerts says so beside "Enable sound".
 */
export function CallAlerts() {
  const [ring, setRing] = useState(true);
  return (
    <div className="desk-alerts">
      <label className="desk-alerts__ring">
        <input type="checkbox" checked={ring} onChange={(event) => setRing(event.target.checked)} />
        Ring for calls
      </label>
      <OfferAlerts sound={ring} />
    </div>
  );
}
