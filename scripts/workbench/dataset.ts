/**
 * The sample dataset behind the workbench: `generateDataset` from scripts/sample-data (deterministic for a
 * seed), cached as JSON in `build/workbench/` keyed by the options and the generator's sources, so a
 * restart does not regenerate it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDataset, type GenerateOptions } from '../sample-data/generate';
import type { Dataset } from '../sample-data/types';
import { repoRoot } from '../lib/paths';
import { workbenchBuildDir } from './paths';

export type DatasetOptions = GenerateOptions;

/** Hash of the generator's sources: a changed generator invalidates the cache. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const dir = path.join(repoRoot, 'scripts', 'sample-data');
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface LoadedDataset {
  dataset: Dataset;
  /** `cache` when read from build/workbench, `generated` otherwise. */
  source: 'cache' | 'generated';
  durationMs: number;
}

export function loadDataset(
  options: DatasetOptions = {},
  cacheDir: string | null = workbenchBuildDir
): LoadedDataset {
  const started = Date.now();
  const key = `${options.seed ?? 'default'}-${options.asOf ?? 'default'}-${options.scale ?? 1}-${generatorFingerprint()}`;
  const file = cacheDir ? path.join(cacheDir, `dataset-${key}.json`) : undefined;
  if (file && fs.existsSync(file)) {
    const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset;
    return { dataset, source: 'cache', durationMs: Date.now() - started };
  }
  const dataset = generateDataset(options);
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const old of fs.readdirSync(path.dirname(file))) {
      if (old.startsWith('dataset-') && old.endsWith('.json')) fs.rmSync(path.join(path.dirname(file), old));
    }
    fs.writeFileSync(file, JSON.stringify(dataset));
  }
  return { dataset, source: 'generated', durationMs: Date.now() - started };
}

/** A deep copy, so a session's writes never reach the cached original. */
export function cloneDataset(dataset: Dataset): Dataset {
  return structuredClone(dataset);
}
