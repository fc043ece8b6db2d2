/**
 * Lightning pages (FlexiPage) from `scripts/schema/lightning-pages.ts`, written the way Lightning App Builder
 * retrieves them: each template region lists its component instances; a `flexipage:tabset` names a facet
 * listing its `flexipage:tab`s, and each tab names a facet holding its components. Facets come before the
 * region that uses them. Every component instance gets an identifier unique on the page.
 */
import type {
  ActionOverride,
  ComponentInstance,
  ComponentInstanceProperty,
  FlexiPage,
  FlexiPageRegion
} from '@salesforce/types/metadata';
import type { FlexiPageSpec, ObjectSpec, PageComponent, PageItem, PageTabset } from '../schema/types';
import { metadataXml } from './xml';

export const FLEXIPAGE_DIR = 'force-app/main/app/flexipages';

export function isTabset(item: PageItem): item is PageTabset {
  return 'tabs' in item;
}

/** Every component a page places, tabs' contents included (not the tabset/tab containers themselves). */
export function pageComponents(page: FlexiPageSpec): PageComponent[] {
  return page.regions.flatMap((r) =>
    r.items.flatMap((item) => (isTabset(item) ? item.tabs.flatMap((t) => t.components) : [item]))
  );
}

function properties(values: Record<string, string> | undefined): ComponentInstanceProperty[] {
  return Object.keys(values ?? {})
    .sort()
    .map((name) => ({ name, value: (values as Record<string, string>)[name] }));
}

/** Builds one page's regions, handing out identifiers unique on the page. */
class PageWriter {
  readonly regions: FlexiPageRegion[] = [];
  private readonly used = new Set<string>();

  constructor(private readonly page: FlexiPageSpec) {}

  private identifier(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_]/g, '_');
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`;
    this.used.add(id);
    return id;
  }

  private instance(
    componentName: string,
    props: Record<string, string> | undefined,
    identifier?: string
  ): ComponentInstance {
    if (identifier !== undefined && this.used.has(identifier)) {
      throw new Error(`${this.page.name}: identifier ${identifier} is used twice`);
    }
    return {
      componentInstanceProperties: properties(props),
      componentName,
      identifier: identifier !== undefined ? this.identifier(identifier) : this.identifier(componentName)
    };
  }

  private facet(name: string, instances: ComponentInstance[]): void {
    if (this.regions.some((r) => r.name === name)) throw new Error(`${this.page.name}: facet ${name} twice`);
    this.regions.push({
      itemInstances: instances.map((c) => ({ componentInstance: c })),
      name,
      type: 'Facet'
    });
  }

  private tabset(tabset: PageTabset): ComponentInstance {
    const active = tabset.tabs.filter((t) => t.active);
    if (active.length !== 1) {
      throw new Error(`${this.page.name}: tabset ${tabset.id} needs exactly one active tab`);
    }
    const tabs = tabset.tabs.map((tab) => {
      const body = `Facet-${tabset.id}-${tab.id}`;
      this.facet(
        body,
        tab.components.map((c) => this.instance(c.component, c.properties))
      );
      const props: Record<string, string> = { body, title: tab.title };
      if (tab.active) props.active = 'true';
      return this.instance('flexipage:tab', props, tab.id);
    });
    const facetName = `Facet-${tabset.id}`;
    this.facet(facetName, tabs);
    return this.instance('flexipage:tabset', { tabs: facetName }, tabset.id);
  }

  region(name: string, items: PageItem[]): void {
    const instances = items.map((item) =>
      isTabset(item) ? this.tabset(item) : this.instance(item.component, item.properties)
    );
    this.regions.push({
      itemInstances: instances.map((c) => ({ componentInstance: c })),
      name,
      type: 'Region'
    });
  }
}

export function flexiPageBody(page: FlexiPageSpec): Partial<FlexiPage> {
  if (page.type === 'RecordPage' && !page.sobjectType)
    throw new Error(`${page.name}: a record page needs an object`);
  if (page.type !== 'RecordPage' && page.sobjectType)
    throw new Error(`${page.name}: only record pages take an object`);
  const writer = new PageWriter(page);
  for (const region of page.regions) writer.region(region.name, region.items);
  return {
    description: page.description,
    flexiPageRegions: writer.regions,
    masterLabel: page.label,
    sobjectType: page.sobjectType,
    template: { name: page.template, properties: [] },
    type: page.type
  };
}

export function renderFlexiPage(page: FlexiPageSpec): [string, string] {
  return [`${FLEXIPAGE_DIR}/${page.name}.flexipage-meta.xml`, metadataXml('FlexiPage', flexiPageBody(page))];
}

/**
 * The object with its record page assigned as org default (desktop) when a page says `activation:
 * 'orgDefault'`: a `View` action override of type Flexipage, as App Builder writes on activation. Only the
 * package's own custom objects may be assigned; standard objects' pages are left to the admin.
 */
export function withRecordPageOverride(object: ObjectSpec, pages: readonly FlexiPageSpec[]): ObjectSpec {
  const assigned = pages.filter(
    (p) => p.activation === 'orgDefault' && p.sobjectType?.toLowerCase() === object.name.toLowerCase()
  );
  if (!assigned.length) return object;
  if (object.kind !== 'custom') {
    throw new Error(`${assigned[0].name}: only the package's custom objects get an org default record page`);
  }
  if (assigned.length > 1) throw new Error(`${object.name}: more than one org default record page`);
  if (object.definition?.actionOverrides?.length) {
    throw new Error(`${object.name}: declares its own action overrides and an org default record page`);
  }
  const override: ActionOverride = {
    actionName: 'View',
    comment: `${assigned[0].label}: the package's default desktop record page.`,
    content: assigned[0].name,
    formFactor: 'Large',
    skipRecordTypeSelect: false,
    type: 'Flexipage'
  };
  return { ...object, definition: { ...object.definition, actionOverrides: [override] } };
}

/** Checks that every page an object's override names is declared (used by the generator). */
export function assertPagesForObjects(objects: readonly ObjectSpec[], pages: readonly FlexiPageSpec[]): void {
  const names = new Set(pages.map((p) => p.name));
  if (names.size !== pages.length) throw new Error('Two Lightning pages share a name');
  for (const page of pages) {
    if (page.activation === 'orgDefault' && !objects.some((o) => o.name === page.sobjectType)) {
      throw new Error(`${page.name}: org default for ${page.sobjectType}, which the schema does not declare`);
    }
  }
}
