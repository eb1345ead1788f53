import { TEST_TAGS } from '@dialer-kit/testing';
import type { StoryContext } from '@storybook/react-vite';
import type { ComponentType, ReactElement } from 'react';
import { type ContactResolver, createContactDirectory } from '../../src/contacts/contactDirectory';
import { mergeMessages } from '../../src/mergeMessages';
import type { PhoneRules } from '../../src/phone/phoneRules';
import { DialerContext, type DialerContextValue, type TagOption } from '../../src/provider/DialerContext';
import { createShortcutNews } from '../../src/shortcuts/shortcutNews';
import {
  createStoryKit,
  type StoryBusSettings,
  type StoryKit,
  type StoryStoreOptions,
} from './createStoryKit';

/** `parameters.dialer` of a story: the simulator's settings and the seed that brings the call to its state. */
export interface DialerStoryParameters {
  readonly settings?: StoryBusSettings;
  /** Store options, e.g. a short `commandTimeoutMs`. */
  readonly store?: StoryStoreOptions;
  /** Drives bus and store to the story's state before it renders (e.g. dial, then the far side answers). */
  readonly seed?: (kit: StoryKit) => Promise<void>;
  /** The tag catalogue; default the simulator's tags. */
  readonly tags?: readonly TagOption[];
  /**
   * The phone-number rules loaded before the story renders (national numbers typed, numbers formatted).
   * Default: not loaded, as in an app's first moments: numbers show and are typed in E.164.
   */
  readonly phoneRules?: boolean;
  /** The host's contact lookup (`DialerProvider`'s `resolveContact`); default: no contacts. */
  readonly resolveContact?: ContactResolver;
}

/** The simulator's default tags (the bus knows them, so saving them succeeds): the test kit's. */
export const STORY_TAGS: readonly TagOption[] = TEST_TAGS;

/** The story's kit, for `play` functions that act as the far side. */
export function kitOf(context: Pick<StoryContext, 'loaded'>): StoryKit {
  const kit: unknown = context.loaded.kit;
  if (kit === undefined) throw new Error('kitOf: the story does not use `dialerStory`');
  return kit as StoryKit;
}

// The hooks below take only the parts of the story context they read, so they fit any story's args.
type ParametersPart = Pick<StoryContext, 'parameters'>;
type LoadedPart = Pick<StoryContext, 'loaded' | 'parameters'>;

const parametersOf = (context: ParametersPart): DialerStoryParameters =>
  (context.parameters.dialer ?? {}) as DialerStoryParameters;

async function loadDialer(context: ParametersPart): Promise<{ kit: StoryKit; phoneRules?: PhoneRules }> {
  const { settings, store, seed, phoneRules } = parametersOf(context);
  const rules = phoneRules === true ? (await import('../../src/phone/phoneRules')).phoneRules : undefined;
  const kit = await createStoryKit(settings, store);
  try {
    await seed?.(kit);
  } catch (error) {
    kit.dispose();
    throw error;
  }
  // Seeded ahead of real time; the story itself (render, play, axe) runs in real time.
  kit.goLive();
  return rules === undefined ? { kit } : { kit, phoneRules: rules };
}

// One context value per kit, so re-rendering the decorator does not re-render every consumer.
const contextValues = new WeakMap<StoryKit, DialerContextValue>();

const noContact: ContactResolver = async () => undefined;

function contextValueOf(
  kit: StoryKit,
  tags: readonly TagOption[],
  rules: PhoneRules | undefined,
  resolveContact: ContactResolver = noContact,
): DialerContextValue {
  let value = contextValues.get(kit);
  if (value === undefined) {
    const messages = mergeMessages(undefined);
    // Shortcuts off: a story that tests them renders its own DialerProvider and DialerShortcuts.
    value = {
      store: kit.store,
      tags,
      messages:
        rules === undefined
          ? messages
          : { ...messages, format: { ...messages.format, phoneNumber: rules.formatNumber } },
      shortcuts: { option: false, news: createShortcutNews() },
      phone: rules === undefined ? { status: 'loading' } : { status: 'ready', rules },
      contacts: createContactDirectory(resolveContact, () => {}),
    };
    contextValues.set(kit, value);
  }
  return value;
}

function withDialer(Story: ComponentType, context: LoadedPart): ReactElement {
  const kit = kitOf(context);
  const { tags = STORY_TAGS, resolveContact } = parametersOf(context);
  const rules = context.loaded.phoneRules as PhoneRules | undefined;
  const value = contextValueOf(kit, tags, rules, resolveContact);
  return (
    <DialerContext.Provider value={value}>
      <Story />
    </DialerContext.Provider>
  );
}

/**
 * Spread into a story file's meta: each story gets its own simulated bus and store, seeded by
 * `parameters.dialer.seed` before the first render and disposed after the story.
 */
export const dialerStory = {
  loaders: [loadDialer],
  beforeEach: (context: Pick<StoryContext, 'loaded'>) => () => kitOf(context).dispose(),
  decorators: [withDialer],
};
