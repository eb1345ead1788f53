import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, link, mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a command printed, once it exited with 0. */
export interface RunResult {
  /** Standard output and error, interleaved. */
  readonly output: string;
  readonly stdout: string;
  readonly ms: number;
}

/** Runs `command` in `cwd`; rejects with the tail of its output when it exits with anything but 0. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      // Vitest's NODE_ENV=test must not reach a consumer's build (React's development build would be used).
      env: { ...process.env, NODE_ENV: undefined, npm_config_update_notifier: 'false', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) resolve({ output, stdout, ms });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited ${code} in ${cwd(options)}:\n${output.slice(-6000)}`,
          ),
        );
    });
  });
}

const cwd = (options: { cwd: string }): string => options.cwd;

/** npm with the registry's cache preferred: a consumer step should not wait on metadata it already has. */
export const npm = (args: readonly string[], dir: string): Promise<RunResult> =>
  run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });

/** How to make one kind of consumer app before the kit is installed (cached under its key). */
export interface AppRecipe {
  readonly name: string;
  /** Everything the made app depends on (versions, template): a change makes a new cache entry. */
  readonly key: unknown;
  /** Makes the app in the empty folder `dir` and installs its own dependencies. */
  create(dir: string): Promise<void>;
}

const cacheRoot = process.env.DIALER_KIT_CACHE ?? join(homedir(), '.cache', 'dialer-kit', 'consumers');

/** `name@range` (the name may be scoped) as the name and the range. */
function splitSpec(spec: string): [string, string] {
  const at = spec.lastIndexOf('@');
  return at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, '*'];
}

/**
 * Adds `dependencies` and `devDependencies` (`name@range`) to the app's `package.json` and installs them
 * with the app's own in one npm run: npm resolves and fetches the tree once, where one install per list
 * did it each time.
 */
export async function installInto(
  dir: string,
  lists: { readonly dependencies?: readonly string[]; readonly devDependencies?: readonly string[] },
): Promise<RunResult> {
  const file = join(dir, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  for (const [field, specs] of Object.entries(lists)) {
    const current = (manifest[field] ?? {}) as Record<string, string>;
    manifest[field] = { ...current, ...Object.fromEntries(specs.map(splitSpec)) };
  }
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return npm(['install'], dir);
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Holds `lock` (a file naming its holder's pid) while `work` runs; waits while a live process holds it,
 * takes it over from a dead one. `ready` says whether the work is done already, by whoever held the lock.
 */
async function whileLocked(lock: string, ready: () => boolean, work: () => Promise<void>): Promise<void> {
  const mine = `${lock}.${process.pid}`;
  await writeFile(mine, String(process.pid));
  try {
    for (;;) {
      if (ready()) return;
      try {
        // A hard link appears whole, with the pid in it: no one reads a lock half written.
        await link(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
        if (holder > 0 && !isAlive(holder)) await rm(lock, { force: true });
        else await sleep(200);
      }
    }
    try {
      if (!ready()) await work();
    } finally {
      await rm(lock, { force: true });
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/**
 * The recipe's app with its dependencies installed, made once per key and kept outside the workspace. The
 * consumer proof's global setup starts making every app at once, beside the other projects' tests (npm
 * waits on the network and the disk); a test that needs an app still being made waits for it.
 */
export async function pristineApp(recipe: AppRecipe): Promise<string> {
  // The recipe's own code is part of the key: editing how an app is made makes a new one.
  const hash = createHash('sha256')
    .update(JSON.stringify(recipe.key))
    .update(recipe.create.toString())
    .digest('hex')
    .slice(0, 12);
  const dir = join(cacheRoot, `${recipe.name}-${hash}`);
  const ready = (): boolean => existsSync(join(dir, '.ready'));
  if (ready()) return dir;
  await mkdir(cacheRoot, { recursive: true });
  await whileLocked(`${dir}.lock`, ready, async () => {
    // Made aside and renamed into place, so a run that stops half-way never leaves a half app.
    const building = `${dir}.${process.pid}.tmp`;
    await rm(building, { recursive: true, force: true });
    await mkdir(building, { recursive: true });
    await recipe.create(building);
    await writeFile(join(building, '.ready'), '');
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
  });
  if (!ready()) throw new Error(`the ${recipe.name} app was not made`);
  return dir;
}

/**
 * A new app of `recipe` in its own temporary folder outside the workspace: the made app's files are
 * copied and its `node_modules` hard-linked from the cache (npm replaces files, it never edits them in place).
 */
export async function freshApp(recipe: AppRecipe): Promise<string> {
  const pristine = await pristineApp(recipe);
  const dir = await mkdtemp(join(tmpdir(), `dialer-kit-${recipe.name}-`));
  for (const entry of await readdir(pristine)) {
    if (entry === 'node_modules' || entry === '.ready') continue;
    await cp(join(pristine, entry), join(dir, entry), { recursive: true });
  }
  await run('cp', ['-al', join(pristine, 'node_modules'), join(dir, 'node_modules')], { cwd: dir });
  // npm rewrites this file: unlink the hard link so the cached copy stays as it was.
  await unlink(join(dir, 'node_modules', '.package-lock.json')).catch(() => undefined);
  return dir;
}

/** Copies the files of `tests/consumers/apps/<name>` over the app. */
export async function overlay(dir: string, name: string): Promise<void> {
  await cp(new URL(`./apps/${name}/`, import.meta.url), dir, { recursive: true });
}

/** Installs the packed kit with npm, as a user installs it from the registry (plus its peers). */
export async function installKit(dir: string, tarballs: readonly string[], extra: readonly string[] = []) {
  return npm(['install', ...tarballs, ...extra], dir);
}

/** Removes an app made by {@link freshApp}. */
export const removeApp = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });
