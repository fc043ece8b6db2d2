/** Dataset ⇄ JSON text. One record per line: valid JSON that is still readable and diff-friendly. */
import type { Dataset } from './types';

/** Deterministic JSON: top-level keys in the object's order, each array element on its own line. */
export function serializeDataset(dataset: Dataset): string {
  const lines = Object.entries(dataset).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `${name}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `${name}: []`;
    return `${name}: [\n${value.map((record) => JSON.stringify(record)).join(',\n')}\n]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Parses dataset JSON and checks that it is a version-1 dataset. */
export function parseDataset(text: string): Dataset {
  const value = JSON.parse(text) as Partial<Dataset>;
  if (!value || value.version !== 1 || !Array.isArray(value.accounts) || !Array.isArray(value.events)) {
    throw new Error('This is not an Entatio sample dataset (version 1).');
  }
  return value as Dataset;
}
