import type { PhoneReading, PhoneRules } from './phoneRules';

/** What the agent may dial: an E.164 number or a teammate's `client:<id>`; else why not. */
export type DialTargetResult = { readonly ok: true; readonly value: string } | EmptyOrRefused;

type EmptyOrRefused = { readonly ok: false; readonly reason: 'empty' } | Extract<PhoneReading, { ok: false }>;

/** The phone-number rules, once loaded, and the country of the line dialled from, to read national numbers. */
export interface DialTargetRules {
  readonly rules: PhoneRules | undefined;
  readonly country: string | undefined;
}

const E164 = /^\+[1-9]\d{1,14}$/;
const CLIENT_ID = /^client:\d+$/;
/** Separators people type or paste inside numbers; they carry no meaning. */
const SEPARATORS = /[\s\-.()]/g;
/** Digits, with a `+` first for an international number. */
const DIGITS = /^\+?\d+$/;

/**
 * Normalises typed input (drops spaces, dashes, dots, brackets) and accepts `client:<id>`, E.164, and, once
 * the phone-number rules are loaded, a national number of the line's country (`020 7183 8750` on a +44
 * line). What it accepts comes back in E.164: that is what goes on the wire. Without the rules, any E.164
 * form is accepted and a national number is refused as `needs-country`.
 * @example parseDialTarget('+1 415-555-0199') // { ok: true, value: '+14155550199' }
 * @example parseDialTarget('020 7183 8750', { rules, country: 'GB' }) // { ok: true, value: '+442071838750' }
 */
export function parseDialTarget(input: string, phone?: DialTargetRules): DialTargetResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (CLIENT_ID.test(trimmed)) return { ok: true, value: trimmed };
  const digits = trimmed.replace(SEPARATORS, '');
  if (!DIGITS.test(digits)) return { ok: false, reason: 'invalid' };
  if (phone?.rules !== undefined) return phone.rules.readNumber(digits, phone.country);
  if (E164.test(digits)) return { ok: true, value: digits };
  return { ok: false, reason: digits.startsWith('+') ? 'invalid' : 'needs-country' };
}
