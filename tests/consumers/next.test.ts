import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshApp, installKit, overlay, removeApp, run } from './consumerApp';
import { NEXT, nextRecipe } from './recipes';

describe(`a Next.js app-router app (${NEXT})`, () => {
  let dir = '';
  beforeAll(async () => {
    dir = await freshApp(nextRecipe);
    await overlay(dir, 'next');
    await installKit(
      dir,
      inject('packed').map((entry) => entry.tarball),
    );
  });
  afterAll(() => removeApp(dir));

  it('builds with next build, the kit in a client component of a server page, prerendered', async () => {
    const { output } = await run(join(dir, 'node_modules/.bin/next'), ['build'], {
      cwd: dir,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    });
    expect(output).toContain('Compiled successfully');
    const html = await readFile(join(dir, '.next/server/app/index.html'), 'utf8');
    for (const part of ['Agent desk', 'dk-call-bar', 'dk-dial-pad', 'dk-tag-modal'])
      expect(html).toContain(part);
  });
});
