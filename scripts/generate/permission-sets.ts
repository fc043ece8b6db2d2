/**
 * Permission sets from the access declared on objects and fields. Rules the platform enforces at deploy time
 * are applied here, so the schema cannot produce a set that fails to deploy:
 * - no field permissions on required or master-detail fields (the platform grants them implicitly);
 * - no field permissions on platform-event or custom-metadata fields (they take no FLS);
 * - custom metadata types are granted through `customMetadataTypeAccesses`, not object permissions;
 * - platform events take only Read and Create;
 * - external (Experience Cloud) sets never get View All / Modify All and never see the internal app.
 */
import type {
  PermissionSet,
  PermissionSetApexClassAccess,
  PermissionSetApplicationVisibility,
  PermissionSetCustomMetadataTypeAccess,
  PermissionSetFieldPermissions,
  PermissionSetObjectPermissions,
  PermissionSetTabSetting
} from '@salesforce/types/metadata';
import type {
  AppSpec,
  ComponentTabSpec,
  FieldSpec,
  ObjectPermission,
  ObjectSpec,
  PermissionSetSpec
} from '../schema/types';
import { metadataXml } from './xml';

export const PERMISSION_SET_DIR = 'force-app/main/app/permissionsets';

/** Whether a field can carry field-level security in a permission set. */
export function takesFieldPermission(object: ObjectSpec, field: FieldSpec): boolean {
  if (object.kind === 'platformEvent' || object.kind === 'customMetadata') return false;
  if (field.definition.type === 'MasterDetail') return false;
  if (field.definition.required) return false;
  return true;
}

/** Field types whose value the platform computes: FLS on them can only be read. */
export const READ_ONLY_FIELD_TYPES: readonly string[] = ['Summary', 'AutoNumber'];

function byKey<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

function objectPermission(
  object: ObjectSpec,
  perms: readonly ObjectPermission[],
  set: PermissionSetSpec
): PermissionSetObjectPermissions {
  const has = (p: ObjectPermission): boolean => perms.includes(p);
  if (object.kind === 'platformEvent') {
    const extra = perms.filter((p) => p !== 'read' && p !== 'create');
    if (extra.length)
      throw new Error(`${object.name}: platform events take only read and create, not ${extra.join(', ')}`);
  }
  if (set.external && (has('viewAll') || has('modifyAll'))) {
    throw new Error(
      `${set.name} is for external users and cannot get View All / Modify All on ${object.name}`
    );
  }
  return {
    allowCreate: has('create'),
    allowDelete: has('delete'),
    allowEdit: has('edit'),
    allowRead: has('read'),
    modifyAllRecords: has('modifyAll'),
    object: object.name,
    viewAllRecords: has('viewAll')
  };
}

/** The Metadata API body of one permission set. */
export function permissionSetBody(
  set: PermissionSetSpec,
  objects: readonly ObjectSpec[],
  app: AppSpec,
  componentTabs: readonly ComponentTabSpec[] = []
): Partial<PermissionSet> {
  const objectPermissions: PermissionSetObjectPermissions[] = [];
  const customMetadataTypeAccesses: PermissionSetCustomMetadataTypeAccess[] = [];
  const fieldPermissions: PermissionSetFieldPermissions[] = [];
  const tabSettings: PermissionSetTabSetting[] = [];

  for (const object of objects) {
    const perms = object.access[set.name] ?? [];
    if (perms.length) {
      if (object.kind === 'customMetadata') {
        if (perms.some((p) => p !== 'read'))
          throw new Error(`${object.name}: custom metadata types take only read`);
        customMetadataTypeAccesses.push({ enabled: true, name: object.name });
      } else {
        objectPermissions.push(objectPermission(object, perms, set));
      }
      if (object.tab && perms.includes('read')) tabSettings.push({ tab: object.name, visibility: 'Visible' });
    }
    for (const field of object.fields) {
      const access = field.access[set.name];
      if (!access || !takesFieldPermission(object, field)) continue;
      const editable = access === 'edit';
      if (editable && READ_ONLY_FIELD_TYPES.includes(field.definition.type ?? '')) {
        throw new Error(`${object.name}.${field.name}: a ${field.definition.type} field can only be read`);
      }
      fieldPermissions.push({ editable, field: `${object.name}.${field.name}`, readable: true });
    }
  }

  for (const tab of componentTabs) {
    const visibility = tab.visibility[set.name];
    if (!visibility) continue;
    if (
      tab.requiresCustomPermission &&
      !(set.customPermissions ?? []).includes(tab.requiresCustomPermission)
    ) {
      throw new Error(
        `${set.name} shows tab ${tab.name} but does not grant ${tab.requiresCustomPermission}, which its component needs`
      );
    }
    tabSettings.push({ tab: tab.name, visibility });
  }

  const applicationVisibilities: PermissionSetApplicationVisibility[] = [];
  if (set.appVisible) {
    if (set.external) throw new Error(`${set.name} is for external users and cannot see the ${app.name} app`);
    applicationVisibilities.push({ application: app.name, visible: true });
  }
  const classAccesses: PermissionSetApexClassAccess[] = [...new Set(set.apexClasses)]
    .sort()
    .map((apexClass) => ({ apexClass, enabled: true }));

  const customPermissions = [...new Set(set.customPermissions ?? [])]
    .sort()
    .map((name) => ({ enabled: true, name }));

  return {
    applicationVisibilities,
    classAccesses,
    customPermissions,
    customMetadataTypeAccesses: customMetadataTypeAccesses.sort(byKey((a) => a.name)),
    description: set.description,
    fieldPermissions: fieldPermissions.sort(byKey((f) => f.field)),
    hasActivationRequired: false,
    label: set.label,
    license: set.license,
    objectPermissions: objectPermissions.sort(byKey((o) => o.object)),
    tabSettings: tabSettings.sort(byKey((t) => t.tab))
  };
}

export function renderPermissionSet(
  set: PermissionSetSpec,
  objects: readonly ObjectSpec[],
  app: AppSpec,
  componentTabs: readonly ComponentTabSpec[] = []
): [string, string] {
  return [
    `${PERMISSION_SET_DIR}/${set.name}.permissionset-meta.xml`,
    metadataXml('PermissionSet', permissionSetBody(set, objects, app, componentTabs))
  ];
}
