import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, packWorkspace } from './packWorkspace';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every published package of the workspace, packed for this run. */
    packed: PackedPackage[];
  }
}

/** Once per run: builds and packs every published package into a temporary folder outside the workspace. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'dialer-kit-packs-'));
  project.provide('packed', await packWorkspace(outDir));
  return () => rm(outDir, { recursive: true, force: true });
}
