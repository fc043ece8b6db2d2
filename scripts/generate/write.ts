/** Compare rendered files with a tree on disk, and bring the tree in line (write, update, delete stale). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/paths';
import { GENERATED_FOLDERS } from './render';

/** How the files on disk differ from what the generator writes (repository-relative paths, sorted). */
export interface GenerationPlan {
  /** Rendered but absent on disk. */
  missing: string[];
  /** On disk with different content. */
  changed: string[];
  /** On disk in a generated folder, but not rendered. */
  stale: string[];
  /** On disk and identical. */
  unchanged: string[];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** Every file currently in a generated folder (`force-app/main/<area>/<objects|permissionsets|...>/**`). */
export function listGeneratedFiles(root: string = repoRoot): string[] {
  const main = path.join(root, 'force-app', 'main');
  if (!fs.existsSync(main)) return [];
  const files: string[] = [];
  for (const area of fs.readdirSync(main, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const folder of GENERATED_FOLDERS) {
      const dir = path.join(main, area.name, folder);
      if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) walk(dir, files);
    }
  }
  return files.map((f) => toPosix(path.relative(root, f))).sort();
}

export function planGeneration(files: ReadonlyMap<string, string>, root: string = repoRoot): GenerationPlan {
  const plan: GenerationPlan = { missing: [], changed: [], stale: [], unchanged: [] };
  for (const [rel, content] of files) {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) plan.missing.push(rel);
    else if (fs.readFileSync(abs, 'utf8') !== content) plan.changed.push(rel);
    else plan.unchanged.push(rel);
  }
  plan.stale = listGeneratedFiles(root).filter((rel) => !files.has(rel));
  for (const list of [plan.missing, plan.changed, plan.unchanged]) list.sort();
  return plan;
}

function pruneEmptyDirs(dir: string, stopAt: string): void {
  let current = dir;
  while (
    current.startsWith(stopAt) &&
    current !== stopAt &&
    fs.existsSync(current) &&
    fs.readdirSync(current).length === 0
  ) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}

/** Write missing and changed files, delete stale ones (and folders they leave empty). Returns what it did. */
export function writeGenerated(files: ReadonlyMap<string, string>, root: string = repoRoot): GenerationPlan {
  const plan = planGeneration(files, root);
  for (const rel of [...plan.missing, ...plan.changed]) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, files.get(rel) as string, 'utf8');
  }
  const main = path.join(root, 'force-app', 'main');
  for (const rel of plan.stale) {
    const abs = path.join(root, rel);
    fs.rmSync(abs, { force: true });
    pruneEmptyDirs(path.dirname(abs), main);
  }
  return plan;
}
