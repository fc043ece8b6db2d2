/**
 * The generator as a pure function: schema in, files out. `render` returns every file the generator owns as
 * repository-relative path -> content, sorted by path. Writing (`write.ts`) and checking (`check.ts`) share it.
 */
import {
  app as schemaApp,
  componentTabs as schemaComponentTabs,
  flexiPages as schemaFlexiPages,
  objects as schemaObjects,
  permissionSets as schemaPermissionSets
} from '../schema';
import type {
  AppSpec,
  ComponentTabSpec,
  FlexiPageSpec,
  ObjectSpec,
  PermissionSetSpec
} from '../schema/types';
import { renderApplication, renderComponentTab, renderTab } from './app';
import { assertPagesForObjects, renderFlexiPage, withRecordPageOverride } from './flexipages';
import { renderHealthRules } from './custom-metadata';
import { renderObject } from './objects';
import { renderPermissionSet } from './permission-sets';
import { renderReports } from './reports';

/** Folders under `force-app/main/<area>/` whose every file the generator owns (others there are stale). */
export const GENERATED_FOLDERS: readonly string[] = [
  'objects',
  'permissionsets',
  'tabs',
  'applications',
  'flexipages',
  'customMetadata',
  'reportTypes',
  'reports',
  'dashboards'
];

export function render(
  objects: readonly ObjectSpec[] = schemaObjects,
  permissionSets: readonly PermissionSetSpec[] = schemaPermissionSets,
  app: AppSpec = schemaApp,
  componentTabs: readonly ComponentTabSpec[] = schemaComponentTabs,
  flexiPages: readonly FlexiPageSpec[] = schemaFlexiPages
): Map<string, string> {
  const files: Array<[string, string]> = [];
  assertPagesForObjects(objects, flexiPages);
  for (const object of objects) {
    // A package object whose record page the package activates gets the page as its View override.
    files.push(...renderObject(withRecordPageOverride(object, flexiPages)));
    if (object.tab) files.push(renderTab(object));
  }
  for (const tab of componentTabs) files.push(renderComponentTab(tab));
  for (const page of flexiPages) files.push(renderFlexiPage(page));
  for (const set of permissionSets) files.push(renderPermissionSet(set, objects, app, componentTabs));
  files.push(renderApplication(app, objects, componentTabs));
  files.push(...renderHealthRules());
  // Report types, reports and the dashboard (scripts/schema/reports.ts), checked against these objects.
  files.push(...renderReports(objects));

  const out = new Map<string, string>();
  for (const [path, content] of files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (out.has(path)) throw new Error(`Two schema entries write ${path}`);
    out.set(path, content);
  }
  return out;
}
