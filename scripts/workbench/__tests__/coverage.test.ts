import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBundles } from '../../build/lwc';
import { packageDir } from '../../lib/paths';
import { PAGES, regionsOf } from '../pages';
import { appModulesDir } from '../paths';

/** `statePanel` → `c-state-panel`. */
const tagOf = (name: string): string => `c-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function workbenchTemplates(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return workbenchTemplates(full);
      return entry.name.endsWith('.html') ? fs.readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

const usesTag = (templates: string, tag: string): boolean => new RegExp(`<${tag}[\\s>]`).test(templates);

/**
 * Every package component with a template has a place in the workbench: some page template uses its tag, or the
 * template of a component that has a place does (a feature's child components live inside its main component).
 * Service modules (no template) are exempt. A feature that adds a component puts it into its page's region.
 */
it('has a page for every package component', () => {
  const components = findBundles(packageDir).filter((b) => fs.existsSync(path.join(b.dir, `${b.name}.html`)));
  let templates = workbenchTemplates(appModulesDir);
  const placed = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const b of components) {
      if (placed.has(b.name) || !usesTag(templates, tagOf(b.name))) continue;
      placed.add(b.name);
      templates += '\n' + fs.readFileSync(path.join(b.dir, `${b.name}.html`), 'utf8');
      grew = true;
    }
  }
  const missing = components.filter((b) => !placed.has(b.name)).map((b) => tagOf(b.name));
  expect(components.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

/**
 * Every region of pages.ts is in its page's template, once, and a page template has only its own regions: a record
 * page shows each region on its tab (wb-record-page), so a region left out never appears and one in the wrong page
 * would have no tab.
 */
it('places every region of pages.ts in its own page template, once', () => {
  const wb = path.join(appModulesDir, 'wb');
  const placed = new Map<string, string[]>();
  for (const file of fs.readdirSync(wb, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = fs.readFileSync(path.join(wb, file), 'utf8');
    const page = /<wb-(?:record|app)-page\s+page-id="([^"]+)"/.exec(html)?.[1];
    const regions = [...html.matchAll(/<wb-region\s+region-id="([^"]+)"/g)].map((m) => m[1]!);
    if (regions.length) placed.set(page ?? file, [...(placed.get(page ?? file) ?? []), ...regions]);
  }
  const declared = new Map(
    PAGES.map((p) => [p.id as string, regionsOf(p).map((r) => r.id)] as const).filter(([, ids]) => ids.length)
  );
  const sorted = (m: Map<string, string[]>) =>
    Object.fromEntries([...m].map(([page, ids]) => [page, [...ids].sort()]).sort());
  expect(sorted(placed)).toEqual(sorted(declared));
});
