/** Runs the project's own Salesforce CLI (`@salesforce/cli`, a dev dependency) with inherited output. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../lib/paths';

export function sf(args: string[], cwd: string = repoRoot): void {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'sf');
  const result = spawnSync(bin, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, SF_DISABLE_TELEMETRY: 'true' }
  });
  if (result.status !== 0) {
    throw new Error(`\`sf ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  }
}

/** Runs an npm script of this project (e.g. `build`) with inherited output. */
export function npmRun(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`\`npm run ${script}\` failed (exit ${result.status}).`);
}

/** Builds the LWCs from TypeScript and deploys the package directory to `targetOrg`. */
export function buildAndDeploy(targetOrg: string): void {
  npmRun('build');
  sf(['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', targetOrg, '--wait', '30']);
}
