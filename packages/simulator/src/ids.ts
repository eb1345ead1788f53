/** Deterministic identifiers for simulated calls: the same seed gives the same ids in the same order. */
export interface IdSource {
  /** Next call database id (`1500000001`, `1500000002`...). */
  nextCallId(): number;
  /** Next Twilio-like sid: `CA` followed by 32 lowercase hex digits. */
  nextSid(): string;
  /** Next opaque token (credentials). */
  nextToken(prefix: string): string;
}

const FIRST_CALL_ID = 1_500_000_001;

/** Creates an {@link IdSource} from a seed (a small xorshift generator: no platform randomness). */
export function createIdSource(seed: number): IdSource {
  let state = seed >>> 0 || 0x9e3779b9;
  let callId = FIRST_CALL_ID;

  const nextWord = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const hex = (words: number): string => {
    let out = '';
    for (let i = 0; i < words; i += 1) out += nextWord().toString(16).padStart(8, '0');
    return out;
  };

  return {
    nextCallId: () => callId++,
    nextSid: () => `CA${hex(4)}`,
    nextToken: (prefix) => `${prefix}${hex(2)}`,
  };
}

/** True for a Twilio-like call sid (`CA` + 32 hex digits). */
export function isCallSid(value: string): boolean {
  return /^CA[0-9a-f]{32}$/.test(value);
}
