import { useCallback, useEffect, useRef, useState } from 'react';
import type { OfferAlertsEnvironment, RingtonePlayer } from './alertsEnvironment';

/** Whether `play()` was refused by the browser's autoplay policy (not for a broken sound, say). */
const isAutoplayRefusal = (error: unknown): boolean =>
  (error as Error | undefined)?.name === 'NotAllowedError';

/**
 * Plays `src` in a loop while `ringing` (`undefined`: the kit's tone) and stops it the moment that ends.
 * `blocked` once the browser refused to play it; `enable`, run in a click, plays it (user activation lets
 * the page play sound from then on).
 */
export function useRingtone(
  env: OfferAlertsEnvironment | undefined,
  ringing: boolean,
  src: string | undefined,
  volume: number,
): { readonly blocked: boolean; readonly enable: () => void } {
  const [blocked, setBlocked] = useState(false);
  const player = useRef<RingtonePlayer | undefined>(undefined);
  useEffect(() => {
    if (env === undefined || !ringing) return;
    const audio = env.createAudio(src);
    audio.loop = true;
    audio.volume = volume;
    player.current = audio;
    let live = true;
    audio.play().then(
      () => live && setBlocked(false),
      (error: unknown) => live && setBlocked(isAutoplayRefusal(error)),
    );
    return () => {
      live = false;
      player.current = undefined;
      audio.pause();
    };
  }, [env, ringing, src, volume]);
  const enable = useCallback(() => {
    setBlocked(false);
    player.current?.play().catch((error: unknown) => setBlocked(isAutoplayRefusal(error)));
  }, []);
  return { blocked, enable };
}
