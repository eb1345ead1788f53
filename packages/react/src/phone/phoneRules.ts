// The phone-number rules of every country (libphonenumber-js, its `min` metadata). This module is only ever
// loaded with `import()` (see usePhoneRules.ts): bundlers put it and the library in a chunk of their own,
// which the kit's main bundle never pays for. `min` parses and formats every country's numbers and checks
// their length and leading digits; `max` adds per-type patterns (mobile, fixed line) the kit never shows and
// would refuse numbers in ranges newer than the metadata; `mobile` would refuse landlines.
import {
  type CountryCode,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/min';

/** Why typed text cannot be dialled. */
export type PhoneRefusal =
  /** Not digits (letters, `*`, `#`, a second `+`...). */
  | 'invalid'
  /** A national number, but no country to read it with (the rules are not loaded, or the line has none). */
  | 'needs-country'
  | 'too-short'
  | 'too-long'
  /** `+` and a calling code that no country has. */
  | 'unknown-country'
  /** Digits that no number of the country starts with, or a length between its valid ones. */
  | 'not-in-country';

/** Typed text read as a number: its E.164 form, or why it is none. */
export type PhoneReading =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: PhoneRefusal; readonly country?: string | undefined };

/** What the lazy chunk gives the kit. */
export interface PhoneRules {
  /** The country of an international number (`+442071838750` → `GB`), `undefined` for none. */
  countryOf(number: string): string | undefined;
  /**
   * Reads digits (a leading `+` for an international number, separators already dropped) as a number of
   * `country` (ISO 3166 code) unless international; valid numbers come back in E.164.
   */
  readNumber(digits: string, country: string | undefined): PhoneReading;
  /** A number as shown: international format (`+44 20 7183 8750`), or the text as is when it is none. */
  formatNumber(number: string): string;
}

const LENGTH_REFUSALS = {
  NOT_A_NUMBER: 'invalid',
  INVALID_COUNTRY: 'unknown-country',
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  INVALID_LENGTH: 'not-in-country',
} as const satisfies Record<string, PhoneRefusal>;

function readNumber(digits: string, country: string | undefined): PhoneReading {
  const international = digits.startsWith('+');
  if (!international && country === undefined) return { ok: false, reason: 'needs-country' };
  // An international number names its own country; the line's only reads national ones.
  const from = international ? undefined : (country as CountryCode);
  const lengthProblem = validatePhoneNumberLength(digits, from);
  const number = parsePhoneNumberFromString(digits, from);
  const numberCountry = number?.country ?? country;
  if (lengthProblem !== undefined) {
    return { ok: false, reason: LENGTH_REFUSALS[lengthProblem], country: numberCountry };
  }
  if (number === undefined) return { ok: false, reason: 'invalid' };
  return number.isValid()
    ? { ok: true, value: number.number }
    : { ok: false, reason: 'not-in-country', country: numberCountry };
}

/**
 * Numbers already formatted, at most {@link FORMATTED_LIMIT} (the oldest goes first): the kit shows the same
 * few numbers (the call's party, the lines) on every render and every bus message, and parsing one costs
 * far more than the rest of a render.
 */
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 200;

function formatNumber(number: string): string {
  if (!number.startsWith('+')) return number;
  let shown = formatted.get(number);
  if (shown === undefined) {
    const parsed = parsePhoneNumberFromString(number);
    shown = parsed?.isPossible() ? parsed.formatInternational() : number;
    if (formatted.size >= FORMATTED_LIMIT) formatted.delete(formatted.keys().next().value as string);
    formatted.set(number, shown);
  }
  return shown;
}

/** The rules, as the provider holds them once loaded. */
export const phoneRules: PhoneRules = {
  countryOf: (number) => parsePhoneNumberFromString(number)?.country,
  readNumber,
  formatNumber,
};
