/** Custom object tabs, Lightning component tabs and the Entatio Lightning app. */
import type { CustomApplication, CustomTab } from '@salesforce/types/metadata';
import type { AppSpec, ComponentTabSpec, ObjectSpec } from '../schema/types';
import { metadataXml } from './xml';

export const TAB_DIR = 'force-app/main/app/tabs';
export const APPLICATION_DIR = 'force-app/main/app/applications';

export function renderTab(object: ObjectSpec): [string, string] {
  if (!object.tab) throw new Error(`${object.name} declares no tab`);
  if (object.kind !== 'custom') throw new Error(`${object.name}: only custom objects get object tabs`);
  const body: Partial<CustomTab> = { customObject: true, motif: object.tab.motif };
  return [`${TAB_DIR}/${object.name}.tab-meta.xml`, metadataXml('CustomTab', body)];
}

/** A Lightning component tab: the tab shows the LWC itself (it needs the `lightning__Tab` target). */
export function renderComponentTab(tab: ComponentTabSpec): [string, string] {
  const body: Partial<CustomTab> = {
    description: tab.description,
    label: tab.label,
    lwcComponent: tab.component,
    motif: tab.motif
  };
  return [`${TAB_DIR}/${tab.name}.tab-meta.xml`, metadataXml('CustomTab', body)];
}

/**
 * The Lightning app. Every custom tab it names must be declared by an object (`ObjectSpec.tab`) or as a
 * component tab; every declared tab is in its navigation or listed in `launcherOnly` with a reason.
 */
export function renderApplication(
  app: AppSpec,
  objects: readonly ObjectSpec[],
  componentTabs: readonly ComponentTabSpec[] = []
): [string, string] {
  const declared = new Set([
    ...objects.filter((o) => o.tab).map((o) => o.name),
    ...componentTabs.map((t) => t.name)
  ]);
  for (const tab of app.tabs) {
    if (!tab.startsWith('standard-') && !declared.has(tab)) {
      throw new Error(`App ${app.name} names tab ${tab}, which no object or component tab declares`);
    }
  }
  if (new Set(app.tabs).size !== app.tabs.length) throw new Error(`App ${app.name} names a tab twice`);
  const launcherOnly = Object.keys(app.launcherOnly ?? {});
  for (const tab of declared) {
    if (!app.tabs.includes(tab) && !launcherOnly.includes(tab)) {
      throw new Error(`Tab ${tab} is neither in the ${app.name} app nor listed as launcher-only`);
    }
  }
  for (const tab of launcherOnly) {
    if (app.tabs.includes(tab) || !declared.has(tab)) {
      throw new Error(`App ${app.name}: launcher-only tab ${tab} is in the navigation or not declared`);
    }
  }
  const body: Partial<CustomApplication> = {
    brand: { headerColor: app.brandColor, shouldOverrideOrgTheme: false },
    description: app.description,
    formFactors: ['Small', 'Large'],
    isNavAutoTempTabsDisabled: false,
    isNavPersonalizationDisabled: false,
    isNavTabPersistenceDisabled: false,
    label: app.label,
    navType: 'Standard',
    tabs: [...app.tabs],
    uiType: 'Lightning'
  };
  return [`${APPLICATION_DIR}/${app.name}.app-meta.xml`, metadataXml('CustomApplication', body)];
}
