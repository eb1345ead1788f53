// One build shape for every published package: ESM and CommonJS, `.d.ts` for both, source maps.
// The workspace resolves the packages' TypeScript source; only `pnpm pack` sees `dist/` (publishConfig).
import { copyFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/**
 * tsup options shared by the packages, plus files copied next to the build (`[from, to]`, package-relative)
 * and any further step once the build is written (`after`).
 */
export function libraryConfig(
  overrides: Options = {},
  copies: readonly [string, string][] = [],
  after?: () => Promise<void>,
) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    // The repository's licence ships in every tarball (`files` lists it); one copy is kept in git.
    onSuccess: async () => {
      for (const [from, to] of [['../../LICENSE', 'LICENSE'], ...copies] as const) await copyFile(from, to);
      await after?.();
    },
    ...overrides,
  });
}
