#!/usr/bin/env node
// Entry point of the README's two commands: `npm test` and `npm start`.
// It installs what is missing (pnpm, the workspace's packages, Chromium for browser tests), then runs
// the requested task. Everything it does is visible in the log, so `.ci/run` needs nothing more.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2] ?? 'test';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];
const toolsDir = join(root, '.tools');
const localPnpm = join(toolsDir, 'node_modules', '.bin', 'pnpm');

const env = {
  DEBIAN_FRONTEND: 'noninteractive',
  ...process.env,
  // The locally installed pnpm must be found by package scripts that call `pnpm run ...`.
  PATH: `${join(toolsDir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  COREPACK_INTEGRITY_KEYS: '0',
  NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '/etc/ssl/certs/ca-certificates.crt',
};

function run(cmd, args, options = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args) {
  const status = run(cmd, args);
  if (status !== 0) process.exit(status);
}

function ensurePnpm() {
  if (existsSync(localPnpm)) {
    const out = spawnSync(localPnpm, ['--version'], { env, encoding: 'utf8' });
    if (out.stdout?.trim() === pnpmVersion) return localPnpm;
  }
  must('npm', [
    'install',
    '--prefix',
    toolsDir,
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    `pnpm@${pnpmVersion}`,
  ]);
  return localPnpm;
}

function ensureDependencies(pnpm) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  const fresh = existsSync(marker) && existsSync(lock) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  must(pnpm, ['install', '--frozen-lockfile']);
}

// Browser tests run in Debian's Chromium (no browser download is possible here).
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const apt = (args) =>
    sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args]) : run('apt-get', args);
  if (
    apt(['update', '-qq']) !== 0 ||
    apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']) !== 0
  ) {
    console.error(`Could not install Chromium; install Debian's "chromium" package or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

const pnpm = ensurePnpm();
ensureDependencies(pnpm);

// The JSON reports of `pnpm run check`'s unit projects and of `pnpm run test:browser`.
const REPORTS = ['unit.json', 'browser.json'].map((name) => join(root, 'test-results', name));

// One plain closing line with the counts of the unit, property, conformance and browser tests.
function printTotals() {
  const reports = REPORTS.filter((report) => existsSync(report)).map((report) =>
    JSON.parse(readFileSync(report, 'utf8')),
  );
  if (reports.length === 0) return;
  const sum = (key) => reports.reduce((total, report) => total + (report[key] ?? 0), 0);
  const testResults = reports.flatMap((report) => report.testResults ?? []);
  // Stories and end-to-end journeys counted apart, from their files' paths.
  const passedIn = (match) =>
    testResults
      .filter((file) => match(file.name ?? ''))
      .flatMap((file) => file.assertionResults ?? [])
      .filter((test) => test.status === 'passed').length;
  const stories = passedIn((name) => name.endsWith('.stories.tsx'));
  const e2e = passedIn((name) => name.includes('/tests/e2e/'));
  console.log(`\nstories: ${stories} passed in Chromium; e2e: ${e2e} passed`);
  console.log(
    `tests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped`,
  );
}

if (task === 'test') {
  ensureChromium();
  for (const report of REPORTS) rmSync(report, { force: true });
  // The inner loop's check first (types, lint, knip, unit projects), then what needs Chromium or packing.
  let status = run(pnpm, ['run', 'check']);
  if (status === 0) status = run(pnpm, ['run', 'test:browser']);
  printTotals();
  process.exit(status);
} else if (task === 'start') {
  // Builds the agent desktop and the bus-simulator page, serves both (two origins) and prints the addresses.
  must(process.execPath, [join(root, 'scripts', 'serve-demo.mjs')]);
} else {
  console.error(`Unknown task: ${task}`);
  process.exit(2);
}
