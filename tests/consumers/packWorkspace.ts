import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './consumerApp';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

/** One published package of the workspace and its packed tarball. */
export interface PackedPackage {
  readonly name: string;
  readonly tarball: string;
}

/** Every package of `packages/` that is not private, as `pnpm pack` makes it (its `prepack` builds it). */
export async function packWorkspace(outDir: string): Promise<PackedPackage[]> {
  const folders = await readdir(packagesDir);
  const manifests = await Promise.all(
    folders.map(async (folder) => {
      const text = await readFile(join(packagesDir, folder, 'package.json'), 'utf8').catch(() => undefined);
      return text === undefined
        ? undefined
        : { folder, manifest: JSON.parse(text) as Record<string, unknown> };
    }),
  );
  const published = manifests.filter((entry) => entry !== undefined && entry.manifest.private !== true);
  return Promise.all(
    published.map(async (entry) => {
      const { folder, manifest } = entry as NonNullable<typeof entry>;
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', outDir, '--json'], {
        cwd: join(packagesDir, folder),
      });
      // The JSON report is the last thing printed, after the build's own lines.
      const report = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{') + 1)) as { filename: string };
      return { name: String(manifest.name), tarball: report.filename };
    }),
  );
}
