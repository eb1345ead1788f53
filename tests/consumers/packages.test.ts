import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { run } from './consumerApp';

const bin = (name: string): string =>
  fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const packed = inject('packed');

describe('the packed packages', () => {
  it('are the four the README names, and more only when a new package is published', () => {
    expect(packed.map((entry) => entry.name).sort()).toEqual(
      expect.arrayContaining([
        '@dialer-kit/core',
        '@dialer-kit/react',
        '@dialer-kit/simulator',
        '@dialer-kit/testing',
      ]),
    );
  });

  describe.each(packed)('$name', ({ tarball }) => {
    it('ships only the build, its README, CHANGELOG and LICENSE, with a manifest pointing at the build', async () => {
      const { stdout } = await run('tar', ['-tzf', tarball], { cwd: join(tarball, '..') });
      const files = stdout.trim().split('\n').sort();
      const manifest = JSON.parse(
        (await run('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: join(tarball, '..') })).stdout,
      ) as Record<string, unknown>;
      // A subpath export (`./playwright`) may have a folder with a package.json that points node10 at the build.
      const subpaths = Object.keys(manifest.exports as object)
        .filter((key) => /^\.\/[\w-]+$/.test(key))
        .map((key) => `package/${key.slice(2)}/package.json`);
      for (const file of files) {
        if (subpaths.includes(file)) continue;
        expect(file).toMatch(/^package\/(dist\/.+|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/);
      }
      expect(files).toEqual(
        expect.arrayContaining([
          'package/dist/index.js',
          'package/dist/index.cjs',
          'package/dist/index.d.ts',
          'package/dist/index.d.cts',
          'package/dist/index.js.map',
          'package/README.md',
          'package/LICENSE',
          'package/CHANGELOG.md',
        ]),
      );
      expect(JSON.stringify(manifest)).not.toMatch(/src\/|workspace:/);
      const ranges = Object.values({
        ...(manifest.dependencies as object),
        ...(manifest.peerDependencies as object),
      }) as string[];
      for (const range of ranges) expect(range, 'no exact pins').toMatch(/^\^|\|\|/);
    });

    it('is clean for publint (suggestions included)', async () => {
      const { stdout } = await run(bin('publint'), ['run', tarball, '--level', 'suggestion', '--strict'], {
        cwd: join(tarball, '..'),
      });
      expect(stdout).toContain('All good!');
    });

    it('has types that resolve for node16 (ESM and CJS), node10 and bundlers (attw)', async () => {
      // The stylesheet is an export for bundlers, not a module with types.
      const { stdout } = await run(bin('attw'), [tarball, '--exclude-entrypoints', 'styles.css'], {
        cwd: join(tarball, '..'),
      });
      expect(stdout).toContain('No problems found');
    });
  });
});
