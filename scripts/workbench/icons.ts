/**
 * SLDS icons for the workbench. `lightning-base-components` draws icons from inline SVG templates that
 * `<lightning-primitive-icon>` imports per category on first use (`lightning/iconSvgTemplatesUtility` ...;
 * it no longer requests sprites from `/assets/icons`). The full libraries hold thousands of templates, so
 * the workbench generates each library with only the icons its sources can name: every literal
 * `category:name` in the package's LWCs, the workbench app and the base components themselves, plus
 * {@link EXTRA_ICONS}. An icon outside that set is reported on the console (which fails the browser tests)
 * with the fix: add it to {@link EXTRA_ICONS}.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ICON_CATEGORIES = ['utility', 'standard', 'action', 'doctype', 'custom'] as const;
export type IconCategory = (typeof ICON_CATEGORIES)[number];

/** Icons chosen at run time from data (not written as literals anywhere); add names here as needed. */
export const EXTRA_ICONS: readonly string[] = [
  'doctype:ppt',
  'doctype:pdf',
  'doctype:image',
  'doctype:video',
  'doctype:html',
  'doctype:link',
  'doctype:unknown'
];

const ICON_NAME = /\b(utility|standard|action|doctype|custom):([a-zA-Z][a-zA-Z0-9_]*)\b/g;

/** The library module a category's icons come from, e.g. `lightning/iconSvgTemplatesUtility`. */
export function libraryModuleOf(category: IconCategory, rtl = false): string {
  return `lightning/iconSvgTemplates${category[0]!.toUpperCase()}${category.slice(1)}${rtl ? 'Rtl' : ''}`;
}

/** `lightning/iconSvgTemplatesUtilityRtl` → `utility`; anything else → `undefined`. */
export function categoryOfLibrary(id: string): IconCategory | undefined {
  const match = /^lightning\/iconSvgTemplates([A-Z][a-z]+)(?:Rtl)?$/.exec(id);
  const category = match?.[1]?.toLowerCase();
  return ICON_CATEGORIES.find((c) => c === category);
}

/** Every `category:name` literal in the files below `dirs` with the given extensions. */
export function scanIconNames(dirs: string[], extensions: string[] = ['.js', '.ts', '.html']): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // The template libraries name every icon; scanning them would include them all.
        if (entry.name !== 'node_modules' && !entry.name.startsWith('iconSvgTemplates')) walk(full);
      } else if (extensions.includes(path.extname(entry.name))) {
        for (const match of fs.readFileSync(full, 'utf8').matchAll(ICON_NAME))
          found.add(`${match[1]}:${match[2]}`);
      }
    }
  };
  dirs.forEach(walk);
  return found;
}

/** The template file of an icon in lightning-base-components, or `undefined` if it has none. */
export function iconTemplateFile(lbcLightningDir: string, iconName: string): string | undefined {
  const [category, name] = iconName.split(':') as [IconCategory, string];
  const library = libraryModuleOf(category).split('/')[1]!;
  const file = path.join(lbcLightningDir, library, 'buildTemplates', category, `${name}.html`);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Source of a generated icon library for one category: the templates of `iconNames` that exist, keyed like
 * the base components expect (`utility_info`), behind a Proxy that reports icons left out.
 */
export function iconLibraryCode(
  lbcLightningDir: string,
  category: IconCategory,
  iconNames: Iterable<string>
): string {
  const imports: string[] = [];
  const entries: string[] = [];
  const names = [...new Set(iconNames)].filter((n) => n.startsWith(`${category}:`)).sort();
  names.forEach((iconName, index) => {
    const file = iconTemplateFile(lbcLightningDir, iconName);
    if (!file) return;
    imports.push(`import t${index} from ${JSON.stringify(file)};`);
    entries.push(`  ${JSON.stringify(iconName.replace(':', '_'))}: t${index}`);
  });
  return [
    ...imports,
    `const templates = {\n${entries.join(',\n')}\n};`,
    'export default new Proxy(templates, {',
    '  get(target, key) {',
    `    if (typeof key === 'string' && key.startsWith(${JSON.stringify(category + '_')}) && !(key in target)) {`,
    '      console.error(`Icon ${key.replace("_", ":")} is not in the workbench bundle: add it to EXTRA_ICONS in scripts/workbench/icons.ts.`);',
    '    }',
    '    return target[key];',
    '  }',
    '});',
    ''
  ].join('\n');
}
