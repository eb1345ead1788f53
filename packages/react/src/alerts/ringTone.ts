/** Samples per second of the generated ring tone: telephone quality is all a ring needs. */
const RATE = 8000;
/** One cadence, looped by the player: two bursts of 0.4 s, 0.2 s apart, then silence up to 3 s. */
const CADENCE_S = 3;

/**
 * The kit's default ring tone as a WAV file (8 kHz, 8-bit, mono, about 24 KB), made in memory so that no
 * audio file ships with the kit: one ring cadence of a 400 + 450 Hz tone.
 */
export function ringToneWav(): Uint8Array {
  const length = RATE * CADENCE_S;
  const bytes = new Uint8Array(44 + length);
  const view = new DataView(bytes.buffer);
  // The RIFF header, as little-endian 32-bit words: "RIFF", size, "WAVE", "fmt ", 16 (chunk size),
  // PCM + 1 channel, rate, bytes per second, 1 byte per frame + 8 bits, "data", data size.
  const header = [
    0x46464952,
    36 + length,
    0x45564157,
    0x20746d66,
    16,
    0x10001,
    RATE,
    RATE,
    0x80001,
    0x61746164,
    length,
  ];
  header.forEach((word, i) => {
    view.setUint32(i * 4, word, true);
  });
  for (let i = 0; i < length; i += 1) {
    const t = i / RATE;
    const on = t < 0.4 || (t >= 0.6 && t < 1);
    const wave = Math.sin(2 * Math.PI * 400 * t) + Math.sin(2 * Math.PI * 450 * t);
    bytes[44 + i] = 128 + (on ? Math.round(40 * wave) : 0);
  }
  return bytes;
}

let toneUrl: string | undefined;

/** A URL of {@link ringToneWav}, made once per page, when first needed. */
export function ringToneUrl(): string {
  toneUrl ??= URL.createObjectURL(
    new Blob([ringToneWav() as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }),
  );
  return toneUrl;
}
