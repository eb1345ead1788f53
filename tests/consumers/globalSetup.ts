import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { pristineApp } from './consumerApp';
import { type PackedPackage, packWorkspace } from './packWorkspace';
import { RECIPES } from './recipes';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every published package of the workspace, packed for this run. */
    packed: PackedPackage[];
  }
}

/**
 * Once per run: builds and packs every published package into a temporary folder outside the workspace,
 * and starts making the apps they are installed into.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The apps the kit is installed into, made now if they are not cached (a clean machine), while the
  // packages are packed and the other projects run: each test file waits for its own app.
  const making = Promise.allSettled(RECIPES.map((recipe) => pristineApp(recipe)));
  const outDir = await mkdtemp(join(tmpdir(), 'dialer-kit-packs-'));
  project.provide('packed', await packWorkspace(outDir));
  return async () => {
    // A failure here is the test's to report: its file makes the app again, and fails with npm's words.
    await making;
    await rm(outDir, { recursive: true, force: true });
  };
}
