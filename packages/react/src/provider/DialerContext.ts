import type { DialerStore } from '@dialer-kit/core';
import { createContext } from 'react';
import type { ContactDirectory } from '../contacts/contactDirectory';
import type { DialerMessages } from '../messages';
import type { PhoneRulesState } from '../phone/usePhoneRules';
import type { ShortcutSetup } from '../shortcuts/shortcutSetup';

/** A tag of the catalogue the agent picks from. */
export interface TagOption {
  readonly id: number;
  readonly name: string;
}

/**
 * What {@link DialerProvider} gives its descendants: the one store, the tag catalogue, the strings, the
 * keyboard shortcuts, the phone-number rules (loaded lazily) and the contacts (`resolveContact`'s answers,
 * cached).
 */
export interface DialerContextValue {
  readonly store: DialerStore;
  readonly tags: readonly TagOption[];
  readonly messages: DialerMessages;
  readonly shortcuts: ShortcutSetup;
  readonly phone: PhoneRulesState;
  readonly contacts: ContactDirectory;
}

/** The provider's context; `null` outside a provider so hooks can throw a clear error. */
export const DialerContext = /*#__PURE__*/ Object.assign(
  /*#__PURE__*/ createContext<DialerContextValue | null>(null),
  {
    displayName: 'DialerContext',
  },
);
