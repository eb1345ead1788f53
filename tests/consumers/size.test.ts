import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { run } from './consumerApp';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Figure {
  readonly name: string;
  readonly bytes: number;
  readonly budget?: number;
  readonly over: boolean;
}

// The global setup packed every package, so each `dist/` holds the build that was published.
it('keeps the built kit and every component within the size budget (scripts/size.mjs)', async () => {
  const outcome = await run(process.execPath, ['scripts/size.mjs'], { cwd: root }).catch((error) => error);
  const figures = JSON.parse(await readFile(`${root}test-results/sizes.json`, 'utf8')) as Figure[];
  console.log(figures.map((figure) => `size ${figure.name} ${figure.bytes} B gz`).join('\n'));
  expect(figures.filter((figure) => figure.over)).toEqual([]);
  expect(outcome).not.toBeInstanceOf(Error);
  expect(figures.find((figure) => figure.name === 'CallBar')?.bytes).toBeGreaterThan(500);
});
