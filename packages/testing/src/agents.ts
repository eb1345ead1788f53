import type { DialerStore, Result } from '@dialer-kit/core';
import { type DialerMessages, defaultMessages } from '@dialer-kit/react';
import type { TestBus } from './createTestBus';

/** What the agent does during a call, through the UI or straight through the store. */
export interface Agent {
  /** Calls `to` from the agent's default line (the current call's, else the first). */
  dial(to: string): Promise<void>;
  accept(): Promise<void>;
  reject(): Promise<void>;
  hangUp(): Promise<void>;
  hold(): Promise<void>;
  resume(): Promise<void>;
  startWarmTransfer(to: string): Promise<void>;
  swap(): Promise<void>;
  merge(): Promise<void>;
  /** Picks the tags named `tagNames` in "Tag this call" and saves them. */
  tag(tagNames: readonly string[]): Promise<void>;
  /** Leaves the ended call ("Done"): the desk is idle again. */
  done(): Promise<void>;
}

const sendOrThrow = (verb: string, result: Result): void => {
  if (!result.ok) throw new Error(`Agent: ${verb} was refused by the kit (${result.reason})`);
};

/**
 * The agent acting through the store's verbs, with no UI: for tests of hooks, of an app's own components,
 * or of anything that only reads the store. Each step runs inside the bus's `act` and settles.
 * @example const day = agentDay({ bus, agent: storeAgent(bus, store) });
 */
export function storeAgent(bus: TestBus, store: DialerStore): Agent {
  const step = async (verb: string, action: () => Result): Promise<void> => {
    sendOrThrow(verb, await bus.perform(action));
  };
  const { actions } = store;
  return {
    dial: (to) => step('dial', () => actions.dial(to)),
    accept: () => step('accept', () => actions.accept()),
    reject: () => step('reject', () => actions.reject()),
    hangUp: () => step('hangUp', () => actions.hangUp()),
    hold: () => step('hold', () => actions.hold(true)),
    resume: () => step('resume', () => actions.hold(false)),
    startWarmTransfer: (to) => step('startWarmTransfer', () => actions.startWarmTransfer(to)),
    swap: () => step('swap', () => actions.swap()),
    merge: () => step('merge', () => actions.merge()),
    async tag(tagNames) {
      const catalogue = bus.simulator.settings.tags;
      const ids = tagNames.map((name) => {
        const tag = catalogue.find((candidate) => candidate.name === name);
        if (tag === undefined) throw new Error(`Agent: no tag named "${name}" in the bus's catalogue`);
        return tag.id;
      });
      await bus.perform(() => actions.selectTags(ids));
      const saved: Result = await bus.perform(() => actions.setTags());
      if (!saved.ok) throw new Error(`Agent: the tags were not saved (${saved.reason})`);
    },
    done: () => step('done', () => actions.reset()),
  };
}

/** Finding an element by its role and accessible name: Testing Library's `screen`, or `within(element)`. */
export interface RoleQueries {
  findByRole(role: string, options: { readonly name: string }): Promise<HTMLElement>;
  findAllByRole(role: string, options: { readonly name: string }): Promise<HTMLElement[]>;
}

/** The pointer and keyboard: user-event's `userEvent.setup()`, or Storybook's `userEvent`. */
export interface UserActions {
  click(element: Element): Promise<void>;
  type(element: Element, text: string): Promise<void>;
  clear(element: Element): Promise<void>;
}

/** Options of {@link rolesAgent}. */
export interface RolesAgentOptions {
  readonly user: UserActions;
  /** Where the kit is rendered; the whole document (`screen`) so the tag dialog is found too. */
  readonly screen: RoleQueries;
  /** The words the kit shows, when the app overrides them (default the kit's `defaultMessages`). */
  readonly messages?: DialerMessages;
}

/**
 * The agent acting through the kit's components, found by role and name as a person finds them: works in
 * Testing Library tests and in Storybook `play` functions (pass their `userEvent` and `screen`).
 * @example const agent = rolesAgent({ user: userEvent.setup(), screen });
 */
export function rolesAgent({ user, screen, messages = defaultMessages }: RolesAgentOptions): Agent {
  const { controls, labels, regions } = messages;
  // The same control may show twice (Accept in the call bar and in the incoming-call banner): either does.
  const press = async (name: string): Promise<void> => {
    const [button] = await screen.findAllByRole('button', { name });
    if (button === undefined) throw new Error(`Agent: no "${name}" button`);
    await user.click(button);
  };
  const fill = async (label: string, text: string): Promise<void> => {
    const field = await screen.findByRole('textbox', { name: label });
    await user.clear(field);
    await user.type(field, text);
  };
  return {
    async dial(to) {
      await fill(labels.phoneNumber, to);
      await press(controls.call);
    },
    accept: () => press(controls.accept),
    reject: () => press(controls.reject),
    hangUp: () => press(controls.hangUp),
    hold: () => press(controls.hold),
    resume: () => press(controls.resume),
    async startWarmTransfer(to) {
      await fill(labels.transferTo, to);
      await press(controls.startTransfer);
    },
    swap: () => press(controls.swap),
    merge: () => press(controls.merge),
    async tag(tagNames) {
      await screen.findByRole('dialog', { name: regions.tagThisCall });
      for (const name of tagNames) await user.click(await screen.findByRole('checkbox', { name }));
      await press(controls.saveTags);
    },
    done: () => press(controls.done),
  };
}
