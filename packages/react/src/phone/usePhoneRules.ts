import { useEffect, useState } from 'react';
import { loadPhoneRules } from './loadPhoneRules';
import type { PhoneRules } from './phoneRules';

/**
 * The phone-number rules as the provider holds them: `loading` until the lazy chunk arrives (numbers show and
 * are typed in E.164), `ready` with them, or `failed` (E.164 only, for good).
 */
export type PhoneRulesState =
  | { readonly status: 'loading' | 'failed'; readonly rules?: undefined }
  | { readonly status: 'ready'; readonly rules: PhoneRules };

const LOADING: PhoneRulesState = { status: 'loading' };
const FAILED: PhoneRulesState = { status: 'failed' };

/**
 * Starts loading the phone-number rules when the provider mounts (so they are there before an agent
 * types) and tells `onFailure` once if they cannot load.
 */
export function usePhoneRules(onFailure: (error: unknown) => void): PhoneRulesState {
  const [state, setState] = useState(LOADING);
  useEffect(() => {
    let mounted = true;
    loadPhoneRules().then(
      (rules) => {
        if (mounted) setState({ status: 'ready', rules });
      },
      (error: unknown) => {
        if (!mounted) return;
        setState(FAILED);
        onFailure(error);
      },
    );
    return () => {
      mounted = false;
    };
    // The provider passes a stable function that reaches its latest `onDiagnostic`.
  }, [onFailure]);
  return state;
}
