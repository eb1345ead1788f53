import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppRecipe, freshApp, installKit, npm, overlay, removeApp, run } from './consumerApp';

/** The newest Next.js that runs on Node 20 (it needs 20.9 or later). */
const NEXT = 'next@16.4.6';
const DEPENDENCIES = [NEXT, 'react@^19.2', 'react-dom@^19.2', 'zustand@^5', 'immer@^11'];
const DEV_DEPENDENCIES = ['typescript@^5.9', '@types/react@^19', '@types/react-dom@^19', '@types/node@^20'];

const nextRecipe: AppRecipe = {
  name: 'next',
  key: { DEPENDENCIES, DEV_DEPENDENCIES },
  async create(dir) {
    await npm(['init', '--yes'], dir);
    await npm(['pkg', 'set', 'type=module'], dir);
    await npm(['install', ...DEPENDENCIES], dir);
    await npm(['install', '--save-dev', ...DEV_DEPENDENCIES], dir);
  },
};

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
