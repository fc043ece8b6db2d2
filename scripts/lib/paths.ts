import * as fs from 'node:fs';
import * as path from 'node:path';

/** Repository root, whether running from `scripts/` (ts-jest) or from `build/scripts/` (compiled). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (dir !== path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'sfdx-project.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('sfdx-project.json not found above ' + __dirname);
})();

export const packageDir = path.join(repoRoot, 'force-app');
export const mainDir = path.join(packageDir, 'main');
export const testDir = path.join(packageDir, 'test');

/** Path relative to the repository root, with forward slashes. */
export function relative(file: string): string {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}
