/** Runs a change of what React shows: Testing Library's `act` (set by `renderWithDialer`); none by default. */
export type ActFunction = (callback: () => void | Promise<void>) => unknown;

/** The `act` each bus runs its deliveries in, changed by {@link bindAct}. */
const actors = new WeakMap<object, { act: ActFunction }>();

/** Registers the holder `bus`'s deliveries read their `act` from, for {@link bindAct} to change. */
export function registerActor(bus: object, actor: { act: ActFunction }): void {
  actors.set(bus, actor);
}

/** Makes every later delivery of `bus` to the kit run inside `act` (Testing Library's, by `renderWithDialer`). */
export function bindAct(bus: object, act: ActFunction): void {
  const actor = actors.get(bus);
  if (actor !== undefined) actor.act = act;
}

/**
 * A bus's `perform`: runs `action` inside `actor`'s `act`, then `settle`s; resolves to the action's result
 * (awaited, so a request it returned has settled once the bus answered it). `who` names the bus in errors.
 *
 * The callback given to `act` is async although the action is not. Awaiting React 18's `act` keeps its
 * scope open until a later task, to flush what microtasks scheduled; Testing Library's `act` marks the
 * environment as an act environment (`IS_REACT_ACT_ENVIRONMENT`) for that whole wait only when the
 * callback is async. With a sync one it unmarks it at once, and an update landing in that wait (a lazy
 * chunk loaded, a promise of the app's) made React 18 warn that the environment "is not configured to
 * support act(...)": the README's test failed so, now and then, in the React 18 consumer app.
 */
export async function performIn<T>(
  who: string,
  actor: { readonly act: ActFunction },
  settle: () => Promise<void>,
  action: () => T,
): Promise<Awaited<T>> {
  let result: { value: T } | undefined;
  await actor.act(async () => {
    result = { value: action() };
  });
  await settle();
  if (result === undefined) throw new Error(`${who}.perform: the action did not run`);
  return await result.value;
}
