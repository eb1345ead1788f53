// The cost of a teammate availability event through the whole store path, as the team grows: shared by
// `pnpm bench` (node.ts) and the complexity budget in npm test (teammates.test.ts).
import { createMemoryLink, startStore } from './kit/core';

const TEAMMATE = 'USER.TEAMMATE_AVAILABILITY_CHANGED';

/** Teammates per fetched answer: the largest answer the kit accepts holds 1 000 (its message bound). */
const FETCH_PAGE = 1000;

/** A ready store that knows `count` teammates: a way to push one more change of one of them, and its end. */
export function storeWithTeammates(
  bringUp: readonly unknown[],
  count: number,
): { readonly change: () => void; readonly dispose: () => void } {
  const link = createMemoryLink();
  const kit = startStore(link.transport);
  for (const message of bringUp) link.push(message);
  // Everyone's availability arrives as fetched answers (as a host that lists the team would get it).
  for (let first = 0; first < count; first += FETCH_PAGE) {
    const page: Record<string, unknown> = {};
    for (let i = first; i < Math.min(count, first + FETCH_PAGE); i += 1)
      page[String(2_000_000 + i)] = { status: 'available', version: 1 };
    link.push({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: page });
  }
  if (kit.teammatesKnown() !== count)
    throw new Error(`the store knows ${kit.teammatesKnown()} teammates, not ${count}`);
  let updatedAt = 1_717_000_000_000_000;
  let next = 0;
  const away: boolean[] = Array.from({ length: count }, () => false);
  return {
    // The next teammate in turn changes between available and away: every event changes the state.
    change: () => {
      away[next] = !away[next];
      updatedAt += 1;
      link.push({
        type: TEAMMATE,
        payload: { userId: 2_000_000 + next, status: away[next] ? 'away' : 'available', updatedAt },
      });
      next = (next + 1) % count;
    },
    dispose: kit.dispose,
  };
}

/** Microseconds per teammate event through the whole store path, `events` events in a row. */
export function perEvent(push: () => void, events: number): number {
  const start = performance.now();
  for (let i = 0; i < events; i += 1) push();
  return ((performance.now() - start) * 1000) / events;
}
