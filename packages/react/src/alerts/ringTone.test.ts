import { describe, expect, it } from 'vitest';
import { ringToneWav } from './ringTone';

const text = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

describe('ringToneWav', () => {
  const wav = ringToneWav();
  const view = new DataView(wav.buffer);

  it('is a PCM WAV file of 3 s at 8 kHz, 8-bit mono, whose sizes match its length', () => {
    expect([text(wav, 0), text(wav, 8), text(wav, 12), text(wav, 36)]).toEqual([
      'RIFF',
      'WAVE',
      'fmt ',
      'data',
    ]);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(28, true)).toBe(8000);
    expect(view.getUint16(32, true)).toBe(1);
    expect(view.getUint16(34, true)).toBe(8);
    expect(view.getUint32(40, true)).toBe(24_000);
    expect(wav.length).toBe(44 + 24_000);
  });

  it('rings twice, 0.4 s each, 0.2 s apart, then keeps silent to the end of the cadence', () => {
    const samples = wav.subarray(44);
    const loud = (from: number, to: number) =>
      samples.subarray(from * 8000, to * 8000).some((sample) => Math.abs(sample - 128) > 20);
    const silent = (from: number, to: number) =>
      samples.subarray(from * 8000, to * 8000).every((sample) => sample === 128);
    expect(loud(0, 0.4)).toBe(true);
    expect(silent(0.4, 0.6)).toBe(true);
    expect(loud(0.6, 1)).toBe(true);
    expect(silent(1, 3)).toBe(true);
  });
});
