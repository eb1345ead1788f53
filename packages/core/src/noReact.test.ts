import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('react', () => {
  throw new Error('@dialer-kit/core must not import react');
});

const BROWSER_GLOBALS = ['window', 'document', 'location', 'localStorage', 'sessionStorage'] as const;
const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every module of the package: `index.ts` and everything it could export, never tests or their helpers. */
const MODULES = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.ts') && !/\.test(-d|-helper)?\.ts$/.test(file))
  .map((file) => file.split('\\').join('/'))
  .sort();

describe('@dialer-kit/core at import time', () => {
  const saved = new Map<string, PropertyDescriptor | undefined>();

  beforeAll(() => {
    for (const name of BROWSER_GLOBALS) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          throw new Error(`@dialer-kit/core touched ${name} at import time`);
        },
      });
    }
  });

  afterAll(() => {
    for (const name of BROWSER_GLOBALS) {
      const descriptor = saved.get(name);
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  });

  it('runs with react and the browser globals booby-trapped', async () => {
    expect(() => (globalThis as { window?: unknown }).window).toThrow(/touched window/);
    await expect(import('react')).rejects.toThrow();
  });

  it('finds the modules to check', () => {
    expect(MODULES).toContain('store/createDialerStore.ts');
    expect(MODULES.some((file) => file.endsWith('.test.ts'))).toBe(false);
  });

  it.each(MODULES)('imports %s without react or window', async (file) => {
    await expect(import(/* @vite-ignore */ `./${file}`)).resolves.toBeTypeOf('object');
  });
});
