// One build shape for every published package: ESM and CommonJS, `.d.ts` for both, source maps.
// The workspace resolves the packages' TypeScript source; only `pnpm pack` sees `dist/` (publishConfig).
import { defineConfig, type Options } from 'tsup';

export function libraryConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    ...overrides,
  });
}
