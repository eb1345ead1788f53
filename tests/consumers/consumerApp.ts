import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** The recipe's app with its dependencies installed, made once per key and kept outside the workspace. */
async function pristineApp(recipe: AppRecipe): Promise<string> {
  // The recipe's own code is part of the key: editing how an app is made makes a new one.
  const hash = createHash('sha256')
    .update(JSON.stringify(recipe.key))
    .update(recipe.create.toString())
    .digest('hex')
    .slice(0, 12);
  const dir = join(cacheRoot, `${recipe.name}-${hash}`);
  if (existsSync(join(dir, '.ready'))) return dir;
  // Made aside and renamed into place, so a run that stops half-way or a concurrent run never sees a half app.
  const building = `${dir}.${process.pid}.tmp`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  await recipe.create(building);
  await writeFile(join(building, '.ready'), '');
  await rm(dir, { recursive: true, force: true });
  await rename(building, dir).catch(async (error) => {
    if (!existsSync(join(dir, '.ready'))) throw error;
    await rm(building, { recursive: true, force: true });
  });
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
