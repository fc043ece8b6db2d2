/**
 * Small, typed helpers the schema modules use to declare objects and fields. They only fill in the
 * repetitive parts of the Metadata API bodies (value sets, name fields, object feature switches); every
 * attribute still goes through the `@salesforce/types/metadata` types, so a misspelt attribute or value is
 * a compile error.
 */
import type { CustomField, CustomValue, DeleteConstraint, ValueSet } from '@salesforce/types/metadata';
import type { FieldAccess, FieldDefinition, FieldSpec, ObjectDefinition, PermissionSetName } from './types';

/** Field-level security in the order Admin, User, Viewer; `undefined` means no access for that set. */
export function fls(
  admin?: FieldAccess,
  user?: FieldAccess,
  viewer?: FieldAccess
): Partial<Record<PermissionSetName, FieldAccess>> {
  const access: Partial<Record<PermissionSetName, FieldAccess>> = {};
  if (admin) access.Entatio_Admin = admin;
  if (user) access.Entatio_User = user;
  if (viewer) access.Entatio_Viewer = viewer;
  return access;
}

/** No field-level security: required and master-detail fields (the platform grants it) and fields of
 * platform events and custom metadata types (which take none). */
export const NO_FLS: Partial<Record<PermissionSetName, FieldAccess>> = Object.freeze({});

export function field(
  name: string,
  definition: FieldDefinition,
  access: Partial<Record<PermissionSetName, FieldAccess>>
): FieldSpec {
  return { name, definition, access };
}

/** A picklist value: API name and label. */
export type PicklistValue = readonly [apiName: string, label: string];

/**
 * A restricted, unsorted value set. Values are API name + label pairs (or plain names when label and API
 * name are the same); `defaultValue` names the value selected by default.
 */
export function picklist(values: ReadonlyArray<PicklistValue | string>, defaultValue?: string): ValueSet {
  const pairs = values.map((v): PicklistValue => (typeof v === 'string' ? [v, v] : v));
  if (defaultValue !== undefined && !pairs.some(([api]) => api === defaultValue)) {
    throw new Error(`picklist default ${defaultValue} is not one of its values`);
  }
  const value: CustomValue[] = pairs.map(([api, label]) => ({
    fullName: api,
    default: api === defaultValue,
    label
  }));
  return { restricted: true, valueSetDefinition: { sorted: false, value }, valueSettings: [] };
}

/** A text name field (the record name users type). */
export function textName(label: string): CustomField {
  return { label, type: 'Text', trackHistory: false, summaryFilterItems: [] };
}

/** An auto-number name field, e.g. `ACT-{00000000}`. */
export function autoNumberName(label: string, displayFormat: string): CustomField {
  return {
    label,
    type: 'AutoNumber',
    displayFormat,
    startingNumber: 1,
    trackHistory: false,
    summaryFilterItems: []
  };
}

/** Feature switches of a custom object. */
export interface ObjectFeatures {
  /** Records appear in global search. Off for high-volume log objects. */
  search: boolean;
  /** Tasks and events can be related to records. */
  activities?: boolean;
  /** Field history tracking (fields opt in with `trackHistory`). */
  history?: boolean;
}

/**
 * The object body every custom object of the package shares: deployed, reportable, sharing / Bulk API /
 * Streaming API enabled (the three are one switch in Setup), no Chatter groups or feeds, public.
 */
export function customObject(features: ObjectFeatures, body: ObjectDefinition): ObjectDefinition {
  return {
    allowInChatterGroups: false,
    deploymentStatus: 'Deployed',
    enableActivities: features.activities ?? false,
    enableBulkApi: true,
    enableFeeds: false,
    enableHistory: features.history ?? false,
    enableLicensing: false,
    enableReports: true,
    enableSearch: features.search,
    enableSharing: true,
    enableStreamingApi: true,
    visibility: 'Public',
    ...body
  };
}

/** What a lookup field declares; the rest of its body is derived. */
export interface LookupOptions {
  label: string;
  referenceTo: string;
  relationshipName: string;
  relationshipLabel: string;
  description: string;
  inlineHelpText: string;
  /** A required lookup cannot clear itself when the parent is deleted, so it restricts the delete. */
  required?: boolean;
  /** Defaults to `SetNull`, or `Restrict` for a required lookup. Lookups to User are always `SetNull`. */
  deleteConstraint?: DeleteConstraint;
}

/** A lookup relationship field body. */
export function lookup(options: LookupOptions): FieldDefinition {
  const { required, deleteConstraint, ...rest } = options;
  return {
    ...rest,
    type: 'Lookup',
    deleteConstraint: deleteConstraint ?? (required ? 'Restrict' : 'SetNull'),
    ...(required ? { required: true } : {})
  };
}
