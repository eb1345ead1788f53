// One build shape for every published package: ESM and CommonJS, `.d.ts` for both, source maps.
// The workspace resolves the packages' TypeScript source; only `pnpm pack` sees `dist/` (publishConfig).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { defineConfig, type Options } from 'tsup';

/**
 * Where the declarations of one build are emitted before they are bundled (package-relative, ignored by
 * git). Not under `node_modules`: the bundler would take every file there for a library's and keep its
 * imports external.
 */
const DECLARATIONS_DIR = '.declarations';

/**
 * Emits the declarations of `entries` (and of what they import) with TypeScript 7, the native compiler.
 * tsup's own `.d.ts` step builds a TypeScript 6 program per package, and a package's program holds the
 * source of every workspace package it imports: packing the four packages cost 85 s of CPU, nearly all of
 * it there. TypeScript 7 has no compiler API for tsup to call, so it runs first, as its command line, and
 * tsup's `.d.ts` step only bundles the emitted files. A type error fails the build, as it did before.
 */
async function emitDeclarations(entries: Record<string, string>): Promise<Record<string, string>> {
  const packageDir = process.cwd();
  const repoRoot = join(packageDir, '../..');
  const typescript = createRequire(join(packageDir, 'package.json')).resolve('typescript7/package.json');
  const tsc = join(dirname(typescript), 'bin/tsc');
  await rm(DECLARATIONS_DIR, { recursive: true, force: true });
  await mkdir(DECLARATIONS_DIR, { recursive: true });
  // Only the entries and what they import: the package's test helpers are not part of what it ships.
  const project = join(DECLARATIONS_DIR, 'tsconfig.json');
  await writeFile(
    project,
    JSON.stringify({
      extends: join(packageDir, 'tsconfig.build.json'),
      compilerOptions: {
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: repoRoot,
        outDir: join(packageDir, DECLARATIONS_DIR),
      },
      files: Object.values(entries).map((entry) => join(packageDir, entry)),
      include: [],
      exclude: [],
    }),
  );
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', project], { cwd: packageDir });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `TypeScript could not emit the declarations of ${basename(packageDir)}:\n${stdout}${stderr}`,
    );
  }
  // `src/entries/protocol.ts` → `<declarations>/packages/core/src/entries/protocol.d.ts`.
  const emitted = join(DECLARATIONS_DIR, relative(repoRoot, packageDir));
  return Object.fromEntries(
    Object.entries(entries).map(([name, entry]) => [name, join(emitted, entry.replace(/\.tsx?$/, '.d.ts'))]),
  );
}

/**
 * tsup options shared by the packages, plus files copied next to the build (`[from, to]`, package-relative)
 * and any further step once the build is written (`after`).
 */
export function libraryConfig(
  overrides: Omit<Options, 'entry'> & { entry?: Record<string, string> } = {},
  copies: readonly [string, string][] = [],
  after?: () => Promise<void>,
) {
  const entry = overrides.entry ?? { index: 'src/index.ts' };
  return defineConfig(async () => ({
    format: ['esm', 'cjs'],
    dts: { entry: await emitDeclarations(entry) },
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
    entry,
  }));
}
