import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Unit tests run as an app's first moments, before the lazy phone-number rules arrive: numbers show and are
// typed in E.164, whatever the timing. The phone tests (src/phone/*.test.tsx) unmock them or make them fail.
vi.mock('../src/phone/loadPhoneRules', () => ({ loadPhoneRules: () => new Promise(() => undefined) }));

// The kit must survive double mounting: every render is in StrictMode unless a test says otherwise.
configure({ reactStrictMode: true });

afterEach(() => {
  cleanup();
});
