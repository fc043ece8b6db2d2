/**
 * Lightning component tabs and Lightning pages: every component they name exists in the package, is exposed
 * with the target (and object) the place needs and sets only properties it declares; every tab is in the
 * app or intentionally not; permission sets that show a tab can call what its component calls; the rendered
 * FlexiPage XML is internally consistent (facets, identifiers) and the org default assignment is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { app, componentTabs, flexiPages, objects, permissionSets } from '../../schema';
import type { FlexiPageSpec, PageComponent } from '../../schema/types';
import { repoRoot } from '../../lib/paths';
import { flexiPageBody, pageComponents, withRecordPageOverride } from '../flexipages';
import { renderApplication } from '../app';
import { render } from '../render';

type Need = (ok: boolean, problem: string) => void;
function problems(rules: (need: Need) => void): string[] {
  const found: string[] = [];
  rules((ok, problem) => {
    if (!ok) found.push(problem);
  });
  return found;
}

interface Bundle {
  name: string;
  dir: string;
  exposed: boolean;
  targets: string[];
  /** target -> its targetConfig (a config may name several targets). */
  configs: Map<string, { objects: string[]; properties: string[]; formFactors: string[] }>;
  source: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) =>
    [
      'target',
      'targetConfig',
      'object',
      'property',
      'supportedFormFactor',
      'flexiPageRegions',
      'itemInstances'
    ].includes(name) || name === 'componentInstanceProperties'
});

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);

function readBundles(): Map<string, Bundle> {
  const main = path.join(repoRoot, 'force-app', 'main');
  const bundles = new Map<string, Bundle>();
  for (const area of fs.readdirSync(main)) {
    const lwc = path.join(main, area, 'lwc');
    if (!fs.existsSync(lwc)) continue;
    for (const name of fs.readdirSync(lwc)) {
      const meta = path.join(lwc, name, `${name}.js-meta.xml`);
      if (!fs.existsSync(meta)) continue;
      const root = (parser.parse(fs.readFileSync(meta, 'utf8')) as Node).LightningComponentBundle as Node;
      const targets = list((root.targets as Node | undefined)?.target).map(String);
      const configs = new Map<string, { objects: string[]; properties: string[]; formFactors: string[] }>();
      for (const config of list((root.targetConfigs as Node | undefined)?.targetConfig)) {
        const entry = {
          objects: list((config.objects as Node | undefined)?.object).map(String),
          properties: list(config.property).map((p) => String(p['@name'])),
          formFactors: list((config.supportedFormFactors as Node | undefined)?.supportedFormFactor).map((f) =>
            String(f['@type'])
          )
        };
        for (const target of String(config['@targets']).split(',')) configs.set(target.trim(), entry);
      }
      const ts = path.join(lwc, name, `${name}.ts`);
      bundles.set(name, {
        name,
        dir: path.relative(repoRoot, path.join(lwc, name)),
        exposed: String(root.isExposed) === 'true',
        targets,
        configs,
        source: fs.existsSync(ts) ? fs.readFileSync(ts, 'utf8') : ''
      });
    }
  }
  return bundles;
}

const bundles = readBundles();
const files = render();

/** Standard components the pages may use: they exist in every org with Lightning Experience. */
const STANDARD_COMPONENTS = [
  'force:highlightsPanel',
  'force:detailPanel',
  'force:relatedListContainer',
  'force:relatedListSingleContainer'
];

const PAGE_TARGET: Record<FlexiPageSpec['type'], string> = {
  RecordPage: 'lightning__RecordPage',
  AppPage: 'lightning__AppPage'
};

/** Apex classes whose methods a component imports (`@salesforce/apex/Class.method`, not type-only imports). */
function apexClassesCalled(source: string): string[] {
  return [...new Set([...source.matchAll(/from '@salesforce\/apex\/(\w+)\.\w+'/g)].map((m) => m[1]))];
}

describe('component tabs', () => {
  test('each shows an exposed package LWC with the lightning__Tab target (and no tab config)', () => {
    expect(
      problems((need) => {
        for (const tab of componentTabs) {
          const bundle = bundles.get(tab.component);
          need(!!bundle, `${tab.name}: component ${tab.component} does not exist`);
          if (!bundle) continue;
          need(bundle.exposed, `${tab.name}: ${tab.component} is not exposed`);
          need(
            bundle.targets.includes('lightning__Tab'),
            `${tab.name}: ${tab.component} lacks lightning__Tab`
          );
          need(
            !bundle.configs.has('lightning__Tab'),
            `${tab.component}: lightning__Tab takes no targetConfig (no properties or form factors)`
          );
        }
      })
    ).toEqual([]);
  });

  test('names are unique and clash with no object tab', () => {
    const names = [...componentTabs.map((t) => t.name), ...objects.filter((o) => o.tab).map((o) => o.name)];
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const tab of componentTabs) expect(tab.name).toMatch(/^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/);
  });

  test('every declared tab is in the Entatio app, or listed as launcher-only with a reason', () => {
    const launcherOnly = app.launcherOnly ?? {};
    expect(
      problems((need) => {
        for (const tab of [
          ...componentTabs.map((t) => t.name),
          ...objects.filter((o) => o.tab).map((o) => o.name)
        ]) {
          need(
            app.tabs.includes(tab) || (launcherOnly[tab] ?? '').trim().length > 0,
            `${tab}: neither in the app nor launcher-only with a reason`
          );
        }
      })
    ).toEqual([]);
  });

  test('the app rejects a tab that is neither in its navigation nor launcher-only', () => {
    const extra = { ...componentTabs[0], name: 'Entatio_Orphan' };
    expect(() => renderApplication(app, objects, [...componentTabs, extra])).toThrow(/Entatio_Orphan/);
    expect(() =>
      renderApplication({ ...app, launcherOnly: { Entatio_Orphan: 'only for admins' } }, objects, [
        ...componentTabs,
        extra
      ])
    ).not.toThrow();
  });

  test('a set that shows a tab can call every Apex controller its component calls', () => {
    expect(
      problems((need) => {
        for (const tab of componentTabs) {
          const classes = apexClassesCalled(bundles.get(tab.component)?.source ?? '');
          need(classes.length > 0, `${tab.component}: found no Apex import (is the source readable?)`);
          for (const set of permissionSets) {
            if (!tab.visibility[set.name]) continue;
            for (const cls of classes) {
              need(set.apexClasses.includes(cls), `${set.name} shows ${tab.name} but cannot call ${cls}`);
            }
          }
        }
      })
    ).toEqual([]);
  });

  test('the Health Rules tab is for the admin set only, which grants Manage Health Rules; the component checks it', () => {
    const rules = componentTabs.find((t) => t.component === 'healthRuleConsole')!;
    expect(rules.requiresCustomPermission).toBe('Entatio_Manage_Health_Rules');
    expect(Object.keys(rules.visibility)).toEqual(['Entatio_Admin']);
    expect(bundles.get('healthRuleConsole')!.source).toContain(
      "@salesforce/customPermission/Entatio_Manage_Health_Rules'"
    );
    for (const set of permissionSets) {
      const xml = files.get(`force-app/main/app/permissionsets/${set.name}.permissionset-meta.xml`)!;
      const shows = xml.includes('<tab>Entatio_Health_Rules</tab>');
      const grants = xml.includes('<name>Entatio_Manage_Health_Rules</name>');
      expect([set.name, shows, !shows || grants]).toEqual([set.name, set.name === 'Entatio_Admin', true]);
    }
  });

  test('the external viewer set sees no component tab', () => {
    for (const tab of componentTabs) expect(tab.visibility.Entatio_Viewer).toBeUndefined();
  });

  test('tab files are written with the lwcComponent and label', () => {
    for (const tab of componentTabs) {
      const xml = files.get(`force-app/main/app/tabs/${tab.name}.tab-meta.xml`)!;
      expect(xml).toContain(`<lwcComponent>${tab.component}</lwcComponent>`);
      expect(xml).toContain(`<label>${tab.label}</label>`);
      expect(xml).not.toContain('<customObject>');
    }
  });
});

describe('Lightning pages', () => {
  const placed = (page: FlexiPageSpec): PageComponent[] => pageComponents(page);

  test('every package component exists, is exposed for the page type and object, and sets declared properties only', () => {
    expect(
      problems((need) => {
        for (const page of flexiPages) {
          const target = PAGE_TARGET[page.type];
          for (const { component, properties } of placed(page)) {
            if (component.includes(':')) {
              need(
                STANDARD_COMPONENTS.includes(component),
                `${page.name}: unexpected standard component ${component}`
              );
              continue;
            }
            const bundle = bundles.get(component);
            need(!!bundle, `${page.name}: component ${component} does not exist`);
            if (!bundle) continue;
            need(bundle.exposed, `${page.name}: ${component} is not exposed`);
            need(bundle.targets.includes(target), `${page.name}: ${component} lacks ${target}`);
            const config = bundle.configs.get(target);
            if (page.sobjectType && config?.objects.length) {
              need(
                config.objects.includes(page.sobjectType),
                `${page.name}: ${component} is not exposed for ${page.sobjectType} record pages`
              );
            }
            if (config?.formFactors.length) {
              need(
                config.formFactors.includes('Large'),
                `${page.name}: ${component} does not support desktop`
              );
            }
            for (const name of Object.keys(properties ?? {})) {
              need(
                !!config?.properties.includes(name),
                `${page.name}: ${component} declares no property ${name}`
              );
            }
          }
        }
      })
    ).toEqual([]);
  });

  test('every exposed component for internal pages is placed on a shipped page or tab', () => {
    const internal = ['lightning__RecordPage', 'lightning__AppPage', 'lightning__Tab', 'lightning__HomePage'];
    const shipped = new Set([
      ...componentTabs.map((t) => t.component),
      ...flexiPages.flatMap((p) => placed(p).map((c) => c.component))
    ]);
    const unplaced = [...bundles.values()]
      .filter((b) => b.exposed && b.targets.some((t) => internal.includes(t)))
      .map((b) => b.name)
      .filter((name) => !shipped.has(name));
    expect(unplaced).toEqual([]);
  });

  test('the Course page has Slides, Present, Journeys, Details and Related with the course components', () => {
    const course = flexiPages.find((p) => p.name === 'Course_Record_Page')!;
    expect(course.sobjectType).toBe('Course__c');
    const main = course.regions.find((r) => r.name === 'main')!.items[0];
    expect('tabs' in main).toBe(true);
    if (!('tabs' in main)) return;
    expect(main.tabs.map((t) => [t.title, t.components.map((c) => c.component)])).toEqual([
      ['Slides', ['courseBuilder', 'slideViewer']],
      ['Present', ['presenter', 'followAlong']],
      ['Journeys', ['courseJourney']],
      ['Standard.Tab.detail', ['force:detailPanel']],
      ['Standard.Tab.relatedLists', ['force:relatedListContainer']]
    ]);
  });

  test('Account and Contact pages have an Engagement tab with the engagement panel (Account: and the presenter)', () => {
    const engagement = (name: string): string[] => {
      const page = flexiPages.find((p) => p.name === name)!;
      const tabset = page.regions.flatMap((r) => r.items).find((i) => 'tabs' in i);
      if (!tabset || !('tabs' in tabset)) return [];
      const tab = tabset.tabs.find((t) => t.title === 'Engagement');
      return tab ? [String(!!tab.active), ...tab.components.map((c) => c.component)] : [];
    };
    expect(engagement('Account_Engagement_Record_Page')).toEqual(['true', 'engagementPanel', 'presenter']);
    expect(engagement('Contact_Engagement_Record_Page')).toEqual(['true', 'engagementPanel']);
  });

  test('single related lists name a relationship the schema declares to the page object', () => {
    expect(
      problems((need) => {
        for (const page of flexiPages) {
          for (const c of placed(page).filter((x) => x.component === 'force:relatedListSingleContainer')) {
            const rel = c.properties?.relatedListApiName ?? '';
            need(
              c.properties?.parentFieldApiName === `${page.sobjectType}.Id`,
              `${page.name}: wrong parent field`
            );
            const found = objects.some((o) =>
              o.fields.some(
                (f) =>
                  f.definition.referenceTo === page.sobjectType &&
                  `${f.definition.relationshipName}__r` === rel
              )
            );
            need(found, `${page.name}: no relationship ${rel} to ${page.sobjectType}`);
          }
        }
      })
    ).toEqual([]);
  });

  test.each(flexiPages.map((p) => [p.name, p] as const))(
    '%s: facets are each used once, identifiers unique, one active tab per tabset',
    (_name, page) => {
      const xml = files.get(`force-app/main/app/flexipages/${page.name}.flexipage-meta.xml`)!;
      const regions = list(((parser.parse(xml) as Node).FlexiPage as Node).flexiPageRegions);
      const instances = regions.flatMap((r) => list(r.itemInstances).map((i) => i.componentInstance as Node));
      const identifiers = instances.map((i) => String(i.identifier));
      expect(identifiers.filter((id, i) => identifiers.indexOf(id) !== i)).toEqual([]);
      const referenced = instances.flatMap((i) =>
        list(i.componentInstanceProperties)
          .filter((p) => p.name === 'body' || p.name === 'tabs')
          .map((p) => String(p.value))
      );
      const facets = regions.filter((r) => r.type === 'Facet').map((r) => String(r.name));
      expect([...referenced].sort()).toEqual([...facets].sort());
      // A facet is written before the region or facet that refers to it.
      const order = regions.map((r) => String(r.name));
      const forwardReferences = regions.flatMap((region, index) =>
        list(region.itemInstances)
          .flatMap((item) => list((item.componentInstance as Node).componentInstanceProperties))
          .filter(
            (p) => (p.name === 'body' || p.name === 'tabs') && !(order.indexOf(String(p.value)) < index)
          )
          .map((p) => `${String(region.name)} -> ${String(p.value)}`)
      );
      expect(forwardReferences).toEqual([]);
      const tabsets = instances.filter((i) => i.componentName === 'flexipage:tabset');
      for (const tabset of tabsets) {
        const facetName = String(list(tabset.componentInstanceProperties)[0].value);
        const tabs = list(regions.find((r) => r.name === facetName)!.itemInstances);
        const active = tabs.filter((t) =>
          list((t.componentInstance as Node).componentInstanceProperties).some(
            (p) => p.name === 'active' && p.value === 'true'
          )
        );
        expect(active).toHaveLength(1);
      }
      expect(xml).toContain(`<template>\n        <name>${page.template}</name>`);
    }
  );

  test('a tabset without exactly one active tab is rejected', () => {
    const page: FlexiPageSpec = {
      ...flexiPages[0],
      regions: [{ name: 'main', items: [{ id: 't', tabs: [{ id: 'a', title: 'A', components: [] }] }] }]
    };
    expect(() => flexiPageBody(page)).toThrow(/exactly one active tab/);
  });

  test('the package assigns its Course page as org default (desktop); Account and Contact are left to the admin', () => {
    const course = files.get('force-app/main/courses/objects/Course__c/Course__c.object-meta.xml')!;
    expect(course).toContain('<actionName>View</actionName>');
    expect(course).toContain('<content>Course_Record_Page</content>');
    expect(course).toContain('<formFactor>Large</formFactor>');
    expect(course).toContain('<type>Flexipage</type>');
    expect(
      flexiPages.map((page) => [
        page.name,
        page.activation,
        objects.find((o) => o.name === page.sobjectType)?.kind ?? 'standard'
      ])
    ).toEqual([
      ['Course_Record_Page', 'orgDefault', 'custom'],
      ['Account_Engagement_Record_Page', 'admin', 'standard'],
      ['Contact_Engagement_Record_Page', 'admin', 'standard']
    ]);
    for (const p of files.keys())
      expect(p).not.toMatch(/objects\/(Account|Contact)\/[^/]+\.object-meta\.xml$/);
  });

  test('a standard object cannot be given an org default page', () => {
    const account = objects.find((o) => o.name === 'Account')!;
    const page = { ...flexiPages[0], sobjectType: 'Account', activation: 'orgDefault' as const };
    expect(() => withRecordPageOverride(account, [page])).toThrow(/custom objects/);
  });
});
