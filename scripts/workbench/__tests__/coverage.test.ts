import * as fs from 'node:fs';
import * as path from 'node:path';
import { findBundles } from '../../build/lwc';
import { packageDir } from '../../lib/paths';
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
