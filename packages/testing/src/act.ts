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
 */
export async function performIn<T>(
  who: string,
  actor: { readonly act: ActFunction },
  settle: () => Promise<void>,
  action: () => T,
): Promise<Awaited<T>> {
  let result: { value: T } | undefined;
  await actor.act(() => {
    result = { value: action() };
  });
  await settle();
  if (result === undefined) throw new Error(`${who}.perform: the action did not run`);
  return await result.value;
}
