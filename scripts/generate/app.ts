/** Custom object tabs and the Entatio Lightning app. */
import type { CustomApplication, CustomTab } from '@salesforce/types/metadata';
import type { AppSpec, ObjectSpec } from '../schema/types';
import { metadataXml } from './xml';

export const TAB_DIR = 'force-app/main/app/tabs';
export const APPLICATION_DIR = 'force-app/main/app/applications';

export function renderTab(object: ObjectSpec): [string, string] {
  if (!object.tab) throw new Error(`${object.name} declares no tab`);
  if (object.kind !== 'custom') throw new Error(`${object.name}: only custom objects get object tabs`);
  const body: Partial<CustomTab> = { customObject: true, motif: object.tab.motif };
  return [`${TAB_DIR}/${object.name}.tab-meta.xml`, metadataXml('CustomTab', body)];
}

/** The Lightning app. Every custom tab it names must be declared by an object (`ObjectSpec.tab`). */
export function renderApplication(app: AppSpec, objects: readonly ObjectSpec[]): [string, string] {
  const objectTabs = new Set(objects.filter((o) => o.tab).map((o) => o.name));
  for (const tab of app.tabs) {
    if (!tab.startsWith('standard-') && !objectTabs.has(tab)) {
      throw new Error(`App ${app.name} names tab ${tab}, which no object declares`);
    }
  }
  if (new Set(app.tabs).size !== app.tabs.length) throw new Error(`App ${app.name} names a tab twice`);
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
