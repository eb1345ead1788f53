import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const viteBin = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');

/** Where {@link buildDemo} puts each app. */
export interface DemoBuild {
  readonly desktopDir: string;
  readonly busDir: string;
}

/** The folders {@link buildDemo} fills in `outDir`, known before the build ends. */
export function demoDirs(outDir: string): DemoBuild {
  return { desktopDir: join(outDir, 'desktop'), busDir: join(outDir, 'bus') };
}

/**
 * Builds one app with its own Vite config (production) into `outDir`, in a child process: the build runs on
 * the other core while the test runner sets up the other projects, and its `NODE_ENV=production` (Vitest's
 * `test` would bundle React's development build) stays out of the runner's own process.
 */
function buildApp(app: string, outDir: string): Promise<void> {
  const root = join(repo, 'apps', app);
  const args = [viteBin, 'build', root, '--mode', 'production', '--logLevel', 'warn'];
  args.push('--outDir', outDir, '--emptyOutDir');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build of apps/${app} exited with ${code}:\n${output}`));
    });
  });
}

/** Builds the agent desktop and the bus simulator (production) into {@link demoDirs}. */
export async function buildDemo(outDir: string): Promise<DemoBuild> {
  const dirs = demoDirs(outDir);
  await Promise.all([buildApp('agent-desktop', dirs.desktopDir), buildApp('bus-simulator', dirs.busDir)]);
  return dirs;
}
