/** What the agent may dial: an E.164 number or a teammate's `client:<id>`. */
export type DialTargetResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' };

const E164 = /^\+[1-9]\d{1,14}$/;
const CLIENT_ID = /^client:\d+$/;
/** Separators people type or paste inside numbers; they carry no meaning. */
const SEPARATORS = /[\s\-.()]/g;

/**
 * Normalises typed input (drops spaces, dashes, dots, brackets) and accepts E.164 or `client:<id>` only.
 * @example parseDialTarget('+1 415-555-0199') // { ok: true, value: '+14155550199' }
 */
export function parseDialTarget(input: string): DialTargetResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (CLIENT_ID.test(trimmed)) return { ok: true, value: trimmed };
  const value = trimmed.replace(SEPARATORS, '');
  return E164.test(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}
