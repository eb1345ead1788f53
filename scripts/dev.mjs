#!/usr/bin/env node
// Entry point of the README's two commands: `npm test` and `npm start`.
// It installs what is missing (pnpm, the workspace's packages, Chromium for browser tests), then runs
// the requested task. Everything it does is visible in the log, so `.ci/run` needs nothing more.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Browser tests run in Debian's Chromium (no browser download is possible here). When it is missing, apt
 * installs it while the packages install and the check runs, which do not need it: on a clean machine apt
 * took 8 s here before anything else could start (longer from a slower mirror), most of it waiting on the
 * network and the disk. Its output goes to a file, since a pipe nobody reads during the check's synchronous
 * steps could fill and stall it, and is printed when the browser phase needs Chromium. Resolves to apt's
 * exit status.
 */
function installChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return Promise.resolve({ status: 0, output: '' });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const logPath = join(tmpdir(), `dialer-kit-chromium-${process.pid}.log`);
  const log = openSync(logPath, 'w');
  // One shell for both steps: this process's later steps block its event loop, so a second step started
  // from here when the first ends would wait for them.
  const steps = ['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends chromium'].map(
    (step) => `echo '$ ${step}' && ${step}`,
  );
  const [cmd = 'sh', ...args] = [...sudo, 'sh', '-c', steps.join(' && ')];
  console.log('\nInstalling Chromium (apt) beside the check; its output follows the check.');
  return new Promise((resolve) => {
    let finished = false;
    const finish = (status) => {
      if (finished) return;
      finished = true;
      closeSync(log);
      const output = readFileSync(logPath, 'utf8');
      rmSync(logPath, { force: true });
      resolve({ status, output });
    };
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', log, log] });
    child.on('error', (error) => {
      writeSync(log, `${error.message}\n`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

/** Waits for {@link installChromium}, prints what apt said, and stops when Chromium could not be installed. */
async function chromiumInstalled(installing) {
  const { status, output } = await installing;
  if (output) process.stdout.write(output);
  if (status === 0) return;
  console.error(`Could not install Chromium; install Debian's "chromium" package or set CHROMIUM_PATH.`);
  process.exit(1);
}

// Started first: it overlaps the install of pnpm and of the workspace's packages too.
const chromium = task === 'test' ? installChromium() : undefined;
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
  for (const report of REPORTS) rmSync(report, { force: true });
  // The inner loop's check first (types, lint, knip, unit projects), then what needs Chromium or packing.
  let status = run(pnpm, ['run', 'check']);
  await chromiumInstalled(chromium);
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
