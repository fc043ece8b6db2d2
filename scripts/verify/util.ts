/**
 * Helpers shared by the offline verifiers: options, file walking, paths relative to the checked project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../lib/findings';
import { repoRoot } from '../lib/paths';

/** Options every verifier takes. Tests point `root` at a fixture project in a temp directory. */
export interface VerifyOptions {
  /** Project root (holds `sfdx-project.json` and `force-app/`). Default: this repository. */
  root?: string;
  /** Receives problems that do not fail the gate (low-severity analyzer hits, compiler warnings). */
  warn?: (finding: Finding) => void;
}

export function resolveRoot(opts: VerifyOptions): string {
  return path.resolve(opts.root ?? repoRoot);
}

/** `file` relative to `root`, with forward slashes (absolute if outside `root`). */
export function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', '.localdevserver']);

/** Every file below `dir` (recursively, sorted) for which `accept` holds. Missing `dir` gives `[]`. */
export function listFiles(dir: string, accept: (file: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && accept(p)) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** The package directory checked by every verifier. */
export function packageDirOf(root: string): string {
  return path.join(root, 'force-app');
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Shortens a tool message to one readable line. */
export function oneLine(message: string, max = 400): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
