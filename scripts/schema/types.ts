/**
 * The vocabulary of the data model. `scripts/schema/*.ts` declare every object and field of the package
 * with these types; `scripts/generate` turns them into metadata XML; `scripts/verify` reads them to check
 * SOQL field names. The field and object bodies are the Metadata API types of `@salesforce/types`, so a
 * wrong attribute name or value is a compile error.
 */
import type { CustomField, CustomObject, FilterItem } from '@salesforce/types/metadata';

/** Feature areas: the folder under `force-app/main/` an object's metadata lives in. */
export type Area =
  'common' | 'courses' | 'engagement' | 'presenting' | 'audiences' | 'health' | 'insights' | 'app';

/** The package's permission sets. `Entatio_Viewer` is for Experience Cloud (external) users. */
export type PermissionSetName = 'Entatio_Admin' | 'Entatio_User' | 'Entatio_Viewer';
export const PERMISSION_SETS: readonly PermissionSetName[] = [
  'Entatio_Admin',
  'Entatio_User',
  'Entatio_Viewer'
];

/** Field-level security a permission set grants. A permission set not named gets no access. */
export type FieldAccess = 'read' | 'edit';

/** Object permissions a permission set grants. */
export type ObjectPermission = 'read' | 'create' | 'edit' | 'delete' | 'viewAll' | 'modifyAll';

/**
 * One field. `definition` is the Metadata API `CustomField` body without `fullName` (derived from `name`).
 * `label`, `type` and `description` are mandatory for every field we ship; `inlineHelpText` is expected on
 * every field a user sees.
 */
export type FieldDefinition = Omit<CustomField, 'fullName' | 'summaryFilterItems'> &
  Required<Pick<CustomField, 'label' | 'description'>> & { summaryFilterItems?: FilterItem[] };

export interface FieldSpec {
  /** API name, e.g. `Status__c`. */
  name: string;
  definition: FieldDefinition;
  /**
   * Field-level security per permission set. Required fields and master-detail fields cannot carry FLS
   * (the platform always grants it); the generator leaves them out of permission sets.
   */
  access: Partial<Record<PermissionSetName, FieldAccess>>;
}

/** Object-level body without the parts the generator derives (fields, fullName). */
export type ObjectDefinition = Partial<Omit<CustomObject, 'fullName' | 'fields'>>;

export interface ObjectSpec {
  /** API name: `Course__c`, `Engagement__e`, `Health_Alert_Rule__mdt`, or a standard object like `Account`. */
  name: string;
  area: Area;
  /**
   * `custom` custom object, `platformEvent` (`__e`), `customMetadata` (`__mdt`), or `standard` for a
   * standard object we only add fields to (the generator writes fields, never the object file).
   */
  kind: 'custom' | 'platformEvent' | 'customMetadata' | 'standard';
  /** Object body: label, pluralLabel, nameField, sharingModel, description ... (not for `standard`). */
  definition?: ObjectDefinition;
  fields: FieldSpec[];
  /** Object permissions per permission set (custom metadata types: `read` means customMetadataTypeAccess). */
  access: Partial<Record<PermissionSetName, ObjectPermission[]>>;
  /** A custom tab for the object, shown in the Entatio app, with the SLDS-era motif name. */
  tab?: { motif: string };
}

/** Fields every object has without declaring them; SOQL may name these on any of our objects. */
export const SYSTEM_FIELDS: readonly string[] = [
  'Id',
  'Name',
  'OwnerId',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
  'IsDeleted',
  'LastViewedDate',
  'LastReferencedDate'
];

/**
 * A permission set of the package. Object and field access live on the objects (`ObjectSpec.access`,
 * `FieldSpec.access`); this declares the set itself and what is not tied to an object.
 */
export interface PermissionSetSpec {
  name: PermissionSetName;
  label: string;
  description: string;
  /**
   * For Experience Cloud (external) users. An external set carries no user license (so it can be assigned
   * to any license), never grants View All / Modify All and never shows the internal app.
   */
  external: boolean;
  /** User license the set is tied to; leave unset so the set fits every license. */
  license?: string;
  /** Whether the set makes the Entatio Lightning app visible. */
  appVisible: boolean;
  /**
   * Apex classes (controllers) the set may call, written as `classAccesses`. Features add their
   * `@AuraEnabled` controllers here; empty until they exist.
   */
  apexClasses: string[];
  /** Custom permissions the set grants (API names, e.g. `Entatio_Manage_Health_Rules`). */
  customPermissions?: string[];
}

/** The package's Lightning app. */
export interface AppSpec {
  /** API name, e.g. `Entatio`. */
  name: string;
  label: string;
  description: string;
  /**
   * Tabs in navigation order: custom object tabs (`Course__c`), Lightning component tabs
   * (`ComponentTabSpec.name`) or standard tabs (`standard-Account`).
   */
  tabs: string[];
  /**
   * Tabs the package declares but intentionally leaves out of the app's navigation (still in the App
   * Launcher for users who may see them): tab name -> why.
   */
  launcherOnly?: Record<string, string>;
  /** Header colour of the app brand, `#rrggbb`. */
  brandColor: string;
}

/** Tab visibility a permission set gives a tab: shown in the app's navigation, or only in the App Launcher. */
export type TabVisibility = 'Visible' | 'Available';

/**
 * A Lightning component tab: the `CustomTab` shows one LWC directly (`<lwcComponent>`), so the component needs
 * the `lightning__Tab` target. A permission set not named in `visibility` gets no access to the tab.
 */
export interface ComponentTabSpec {
  /** API name of the tab, e.g. `Entatio_Customer_Health`. */
  name: string;
  label: string;
  description: string;
  /** The LWC the tab shows (bundle name, e.g. `healthMonitor`). */
  component: string;
  /** Tab style (icon), e.g. `Custom1: Heart`. */
  motif: string;
  visibility: Partial<Record<PermissionSetName, TabVisibility>>;
  /**
   * A custom permission the component itself checks; every set the tab is visible to must grant it (the
   * component shows a no-access state to anyone else who opens it by URL).
   */
  requiresCustomPermission?: string;
}

/** One component on a Lightning page: a package LWC (`courseBuilder`) or a standard one (`force:detailPanel`). */
export interface PageComponent {
  component: string;
  /** Design properties, `name -> value`; package LWCs may only set properties their js-meta.xml declares. */
  properties?: Record<string, string>;
}

/** One tab of a `flexipage:tabset`. */
export interface PageTab {
  /** Identifier unique on the page, also names the tab's facet. */
  id: string;
  /** Tab title: plain text, or a standard label such as `Standard.Tab.detail`. */
  title: string;
  /** The tab open when the page loads (exactly one per tabset). */
  active?: boolean;
  components: PageComponent[];
}

/** A `flexipage:tabset` placed in a region. */
export interface PageTabset {
  /** Identifier unique on the page, also names the facet that lists the tabs. */
  id: string;
  tabs: PageTab[];
}

export type PageItem = PageComponent | PageTabset;

/**
 * A Lightning page (FlexiPage). Declared as regions of the template holding components and tabsets; the
 * generator writes the facets, identifiers and properties in the form Lightning App Builder retrieves.
 */
export interface FlexiPageSpec {
  /** API name, e.g. `Course_Record_Page`. */
  name: string;
  label: string;
  description: string;
  type: 'RecordPage' | 'AppPage';
  /** Record pages: the object. */
  sobjectType?: string;
  template:
    | 'flexipage:recordHomeTemplateDesktop'
    | 'flexipage:recordHomeSingleColTemplateDesktop'
    | 'flexipage:defaultAppHomeTemplate';
  /** Template regions (`header`, `main`, `sidebar` ...) in order, each with its items in order. */
  regions: Array<{ name: string; items: PageItem[] }>;
  /**
   * How the page becomes active: `orgDefault` — the package assigns it as the object's org default record
   * page (desktop) through the object's `View` action override (only for package objects); `admin` — shipped
   * for the admin to activate in Lightning App Builder (standard objects, whose org default the package must
   * not take over).
   */
  activation: 'orgDefault' | 'admin';
}
