import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';
import { libraryConfig } from '../../tsup.shared';

/**
 * The bus page of `@dialer-kit/testing/playwright`: one self-contained browser script (the simulator, the
 * core's validation and the postMessage link bundled in) next to its HTML, in `dist/bus-page/`.
 */
async function buildBusPage(): Promise<void> {
  await mkdir('dist/bus-page', { recursive: true });
  await build({
    entryPoints: ['src/busPage/main.ts'],
    outfile: 'dist/bus-page/bus-page.global.js',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  await copyFile('src/busPage/index.html', 'dist/bus-page/index.html');
}

export default libraryConfig(
  // The Playwright helper finds the bus page next to itself: `import.meta.url`, shimmed in the CommonJS build.
  { entry: { index: 'src/index.ts', playwright: 'src/playwright/index.ts' }, shims: true },
  [],
  buildBusPage,
);
