/**
 * Objects and fields in Salesforce source format (decomposed): `objects/<Obj>/<Obj>.object-meta.xml`, one
 * `fields/<Field>.field-meta.xml` per field, and one file per other decomposed child (sharing reasons ...).
 */
import type { CustomField, CustomObject } from '@salesforce/types/metadata';
import type { FieldSpec, ObjectSpec } from '../schema/types';
import { metadataXml } from './xml';

/** Where an area's metadata lives, relative to the repository root. */
export function areaDir(area: string): string {
  return `force-app/main/${area}`;
}

export function objectDir(spec: ObjectSpec): string {
  return `${areaDir(spec.area)}/objects/${spec.name}`;
}

/**
 * Children of CustomObject that source format stores as files of their own:
 * CustomObject key -> [folder, file suffix, root element].
 */
const DECOMPOSED_CHILDREN = {
  businessProcesses: ['businessProcesses', 'businessProcess', 'BusinessProcess'],
  compactLayouts: ['compactLayouts', 'compactLayout', 'CompactLayout'],
  fieldSets: ['fieldSets', 'fieldSet', 'FieldSet'],
  indexes: ['indexes', 'index', 'Index'],
  listViews: ['listViews', 'listView', 'ListView'],
  recordTypes: ['recordTypes', 'recordType', 'RecordType'],
  sharingReasons: ['sharingReasons', 'sharingReason', 'SharingReason'],
  validationRules: ['validationRules', 'validationRule', 'ValidationRule'],
  webLinks: ['webLinks', 'webLink', 'WebLink']
} as const satisfies Partial<Record<keyof CustomObject, readonly [string, string, string]>>;

type DecomposedKey = keyof typeof DECOMPOSED_CHILDREN;

/** The body of a field file: `fullName` from the spec, then the definition. */
export function fieldBody(field: FieldSpec): CustomField {
  const { summaryFilterItems, ...rest } = field.definition;
  return { fullName: field.name, ...rest, summaryFilterItems: summaryFilterItems ?? [] };
}

export function renderField(spec: ObjectSpec, field: FieldSpec): [string, string] {
  return [
    `${objectDir(spec)}/fields/${field.name}.field-meta.xml`,
    metadataXml('CustomField', fieldBody(field))
  ];
}

/** All files of one object spec. Standard objects get only their fields. */
export function renderObject(spec: ObjectSpec): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const dir = objectDir(spec);
  if (spec.kind !== 'standard') {
    if (!spec.definition) throw new Error(`${spec.name}: a ${spec.kind} object needs a definition`);
    const body: Record<string, unknown> = { ...spec.definition };
    for (const key of Object.keys(DECOMPOSED_CHILDREN) as DecomposedKey[]) {
      const children = body[key] as Array<{ fullName?: string }> | undefined;
      delete body[key];
      if (!children) continue;
      const [folder, suffix, root] = DECOMPOSED_CHILDREN[key];
      for (const child of children) {
        if (!child.fullName) throw new Error(`${spec.name}.${key}: every entry needs a fullName`);
        files.push([`${dir}/${folder}/${child.fullName}.${suffix}-meta.xml`, metadataXml(root, child)]);
      }
    }
    files.push([`${dir}/${spec.name}.object-meta.xml`, metadataXml('CustomObject', body)]);
  } else if (spec.definition) {
    throw new Error(
      `${spec.name}: standard objects take no definition (the generator writes only their fields)`
    );
  }
  for (const field of spec.fields) files.push(renderField(spec, field));
  return files;
}
