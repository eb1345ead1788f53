#!/usr/bin/env node
// `pnpm bench`: every performance figure of the kit, each next to its baseline, printed one per line as
//   BENCH <name> <value> <unit>
// on standard output (progress and the machine's load go to standard error), and written with every repeat
// to test-results/bench.json. The README's "Benchmarks" section says what each figure means.
//
//   node scripts/bench.mjs [part...]   parts: sizes throughput teammates heap commits latency (default: all)
//
// It measures the built packages (`packages/*/dist`, rebuilt first when older than their sources): sizes
// with scripts/size.mjs, the rest from bench/src, bundled here with esbuild and run in Node (--expose-gc)
// and in Debian's Chromium. BENCH_ROUNDS (default 9) sets the repeats of the timed figures in Node,
// BENCH_LATENCY_RUNS (default 3) the pages the latency is measured in.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { distPlugin, measureSizes } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'dist');
const PARTS = ['sizes', 'throughput', 'teammates', 'heap', 'commits', 'latency'];
const rounds = Number(process.env.BENCH_ROUNDS) || 9;
const latencyRuns = Number(process.env.BENCH_LATENCY_RUNS) || 3;

const chosen = process.argv.slice(2);
for (const part of chosen) {
  if (!PARTS.includes(part)) {
    console.error(`Unknown part "${part}"; parts: ${PARTS.join(' ')}`);
    process.exit(2);
  }
}
const wanted = (part) => chosen.length === 0 || chosen.includes(part);
const log = (line) => process.stderr.write(`${line}\n`);

/** Newest modification time of the files under `dir` that go into a build (not tests nor stories), in ms. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(test|test-d|stories)\.tsx?$/.test(entry.name)) continue;
    time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** Builds the packages when a `dist/` is missing or older than its sources (edits since `npm test`). */
function ensureBuilt() {
  const stale = ['core', 'react', 'simulator'].filter((pkg) => {
    const built = join(root, 'packages', pkg, 'dist', 'index.js');
    return !existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'packages', pkg, 'src'));
  });
  if (stale.length === 0) return;
  log(`bench: building ${stale.join(', ')} (dist/ missing or older than src/)`);
  for (const pkg of stale) {
    const result = spawnSync(join(root, 'node_modules', '.bin', 'tsup'), [], {
      cwd: join(root, 'packages', pkg),
      stdio: ['ignore', 2, 2],
    });
    if (result.status !== 0) throw new Error(`the build of packages/${pkg} failed`);
  }
}

/** Bundles the two Node programs: node.mjs (the kit from dist/) and browser.mjs (which builds the page). */
async function bundle() {
  const shared = {
    bundle: true,
    logLevel: 'warning',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await Promise.all([
    build({
      ...shared,
      entryPoints: [join(root, 'bench/src/node.ts')],
      outfile: join(out, 'node.mjs'),
      plugins: [distPlugin],
    }),
    build({
      ...shared,
      entryPoints: [join(root, 'bench/src/browser.ts')],
      outfile: join(out, 'browser.mjs'),
      external: ['esbuild', 'playwright-core'],
    }),
  ]);
}

/** Runs one bundled program and resolves to the figures it printed (its last line, JSON). */
function runFigures(program, args) {
  const child = spawn(process.execPath, ['--expose-gc', join(out, program), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${program} ${args.join(' ')} failed (exit ${code})`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]'));
    });
  });
}

/** Runs a program `times` times at once and makes each figure the median of the runs' values. */
async function runMedians(times, program, args) {
  const runs = await Promise.all(Array.from({ length: times }, () => runFigures(program, args)));
  return runs[0].map(({ name, unit }, i) => {
    const values = runs.map((figures) => figures[i].value).sort((a, b) => a - b);
    return { name, value: values[Math.floor(values.length / 2)], unit, runs: values };
  });
}

const DECIMALS = { 'events/s': 0, B: 0, count: 0, x: 2, us: 1, ms: 3, MB: 2 };
const figures = [];

function print(list) {
  for (const figure of list) {
    figures.push(figure);
    const value = figure.value.toFixed(DECIMALS[figure.unit] ?? 2);
    console.log(`BENCH ${figure.name} ${value} ${figure.unit}`);
  }
}

/** Spread of a repeated figure: (max - min) / median. */
const spread = ({ runs, value }) =>
  runs && runs.length > 1 ? (Math.max(...runs) - Math.min(...runs)) / value : 0;

const started = Date.now();
const loadBefore = loadavg()[0];
log(`bench: load average ${loadBefore.toFixed(2)} on entry (timed figures are noisy on a shared machine)`);
ensureBuilt();
await bundle();

const steps = [
  ['sizes', async () => (await measureSizes()).map(({ name, bytes }) => sizeFigure(name, bytes))],
  ['throughput', () => runFigures('node.mjs', ['throughput', String(rounds)])],
  ['teammates', () => runFigures('node.mjs', ['teammates', String(rounds)])],
  // Heap sizes do not depend on the machine's load: three processes at once, the median of each figure.
  ['heap', () => runMedians(3, 'node.mjs', ['heap', '10000'])],
  ['commits', () => runFigures('browser.mjs', ['wasted', '1000'])],
  ['latency', () => runFigures('browser.mjs', ['latency', '10000', String(latencyRuns)])],
];

function sizeFigure(name, bytes) {
  const entry = name.startsWith('@dialer-kit/') ? name.slice('@dialer-kit/'.length) : name;
  const kind = /^[A-Z]/.test(name) ? 'component' : 'entry';
  return { name: `size.${kind}.${entry}`, value: bytes, unit: 'B' };
}

for (const [part, step] of steps) {
  if (!wanted(part)) continue;
  const start = Date.now();
  print(await step());
  log(`bench: ${part} took ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

const loadAfter = loadavg()[0];
const noisiest = figures.filter((figure) => figure.runs).sort((a, b) => spread(b) - spread(a))[0];
log(
  `bench: ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadAfter.toFixed(2)} on exit` +
    (noisiest ? `; widest spread ${noisiest.name} ±${((spread(noisiest) * 100) / 2).toFixed(0)} %` : ''),
);
const report = join(root, 'test-results', 'bench.json');
await mkdir(dirname(report), { recursive: true });
await writeFile(
  report,
  `${JSON.stringify({ date: new Date().toISOString(), load: [loadBefore, loadAfter], figures }, null, 2)}\n`,
);
