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

/**
 * Every package component with a template has a place in the workbench: some page template uses its tag.
 * Service modules (no template) are exempt. A feature that adds a component puts it into its page's region.
 */
it('has a page for every package component', () => {
  const templates = workbenchTemplates(appModulesDir);
  const components = findBundles(packageDir).filter((b) => fs.existsSync(path.join(b.dir, `${b.name}.html`)));
  const missing = components
    .map((b) => tagOf(b.name))
    .filter((tag) => !new RegExp(`<${tag}[\\s>]`).test(templates));
  expect(components.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
