/**
 * Rules the data model must follow. Each test collects every violation as a readable line and expects the
 * list to be empty, so one run shows all problems at once.
 */
import { app, componentTabs, fieldsOf, findField, objects, permissionSets } from '..';
import { picklist } from '../define';
import type { FieldSpec, ObjectPermission, ObjectSpec } from '../types';
import { PERMISSION_SETS } from '../types';

type Need = (ok: boolean, problem: string) => void;

/** Runs `rules` and returns the problems it reported. */
function problems(rules: (need: Need) => void): string[] {
  const found: string[] = [];
  rules((ok, problem) => {
    if (!ok) found.push(problem);
  });
  return found;
}

const customObjects = objects.filter((o) => o.kind !== 'standard');
const allFields: Array<[ObjectSpec, FieldSpec]> = objects.flatMap((o) =>
  o.fields.map((f): [ObjectSpec, FieldSpec] => [o, f])
);
const id = (o: ObjectSpec, f?: FieldSpec): string => (f ? `${o.name}.${f.name}` : `${o.name} (${o.area})`);
const isRelationship = (f: FieldSpec): boolean =>
  f.definition.type === 'Lookup' || f.definition.type === 'MasterDetail';
const takesNoFls = (o: ObjectSpec, f: FieldSpec): boolean =>
  o.kind === 'platformEvent' ||
  o.kind === 'customMetadata' ||
  f.definition.type === 'MasterDetail' ||
  !!f.definition.required;

const OBJECT_NAME: Record<ObjectSpec['kind'], RegExp> = {
  custom: /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c$/,
  platformEvent: /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__e$/,
  customMetadata: /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__mdt$/,
  standard: /^[A-Z][A-Za-z0-9]*$/
};
const FIELD_NAME = /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c$/;
const RELATIONSHIP_NAME = /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/;

describe('objects', () => {
  test('the model of the design brief is declared', () => {
    expect(objects.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Course__c',
        'Section__c',
        'Activity__c',
        'Engagement_Event__c',
        'Engagement__e',
        'Presentation_Session__c',
        'Sharing_Group__c',
        'Sharing_Group_Member__c',
        'Sharing_Group_Course__c',
        'Health_Alert_Rule__mdt',
        'Health_Alert__c',
        'Health_Snapshot__c',
        'Account',
        'Contact',
        'Opportunity'
      ])
    );
  });

  test('names are unique (a standard object at most once per area)', () => {
    const keys = objects.map((o) => (o.kind === 'standard' ? `${o.name}@${o.area}` : o.name.toLowerCase()));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test('API names match their kind', () => {
    expect(
      problems((need) => {
        for (const o of objects) {
          need(OBJECT_NAME[o.kind].test(o.name), `${id(o)}: not a ${o.kind} API name`);
          need(o.name.replace(/__(c|e|mdt)$/, '').length <= 40, `${id(o)}: name longer than 40 characters`);
        }
      })
    ).toEqual([]);
  });

  test('field names are unique across all specs of an object', () => {
    expect(
      problems((need) => {
        for (const name of new Set(objects.map((o) => o.name))) {
          const names = (fieldsOf(name) ?? []).map((f) => f.name.toLowerCase());
          const dupes = names.filter((n, i) => names.indexOf(n) !== i);
          need(dupes.length === 0, `${name}: duplicate fields ${dupes.join(', ')}`);
        }
      })
    ).toEqual([]);
  });

  test('non-standard objects have label, plural label and description', () => {
    expect(
      problems((need) => {
        for (const o of customObjects) {
          const d = o.definition;
          need(!!d?.label && d.label.length <= 40, `${id(o)}: label missing or longer than 40`);
          need(!!d?.pluralLabel, `${id(o)}: plural label missing`);
          need(!!d?.description && d.description.length <= 1000, `${id(o)}: description missing or too long`);
        }
      })
    ).toEqual([]);
  });

  test('standard objects declare only fields, all prefixed Entatio_', () => {
    expect(
      problems((need) => {
        for (const o of objects.filter((x) => x.kind === 'standard')) {
          need(o.definition === undefined, `${id(o)}: standard objects take no definition`);
          need(o.tab === undefined, `${id(o)}: standard objects get no tab`);
          for (const f of o.fields) need(f.name.startsWith('Entatio_'), `${id(o, f)}: not prefixed Entatio_`);
        }
      })
    ).toEqual([]);
  });

  test('custom objects have a deployable body', () => {
    expect(
      problems((need) => {
        for (const o of objects.filter((x) => x.kind === 'custom')) {
          const d = o.definition ?? {};
          need(d.deploymentStatus === 'Deployed', `${id(o)}: not Deployed`);
          need(!!d.nameField?.label, `${id(o)}: name field without label`);
          need(
            ['Text', 'AutoNumber'].includes(d.nameField?.type ?? ''),
            `${id(o)}: name field not Text/AutoNumber`
          );
          if (d.nameField?.type === 'AutoNumber') {
            need(
              /\{0+\}/.test(d.nameField.displayFormat ?? ''),
              `${id(o)}: auto-number format without {0...}`
            );
          }
          need(d.sharingModel !== undefined, `${id(o)}: no sharing model`);
          need(d.enableReports === true, `${id(o)}: not reportable`);
          // Sharing, Bulk API and Streaming API are one switch in Setup.
          need(
            d.enableBulkApi === d.enableSharing && d.enableStreamingApi === d.enableSharing,
            `${id(o)}: enableSharing/BulkApi/StreamingApi differ`
          );
          const hasMaster = o.fields.some((f) => f.definition.type === 'MasterDetail');
          need(
            (d.sharingModel === 'ControlledByParent') === hasMaster,
            `${id(o)}: ControlledByParent exactly when master-detail`
          );
          if (d.sharingReasons?.length) {
            need(
              ['Private', 'Read'].includes(d.sharingModel ?? ''),
              `${id(o)}: sharing reasons need Private/Read`
            );
          }
          const tracked = o.fields.filter((f) => f.definition.trackHistory);
          need(
            tracked.length === 0 || d.enableHistory === true,
            `${id(o)}: tracks history without enableHistory`
          );
          need(tracked.length <= 20, `${id(o)}: more than 20 history-tracked fields`);
        }
      })
    ).toEqual([]);
  });

  test('Course__c is private and carries the Sharing_Group__c Apex sharing reason', () => {
    const course = objects.find((o) => o.name === 'Course__c');
    expect(course?.definition?.sharingModel).toBe('Private');
    expect(course?.definition?.sharingReasons).toEqual([
      { fullName: 'Sharing_Group__c', label: 'Sharing Group' }
    ]);
  });

  test('Engagement__e is a high-volume event published after commit, with event field types only', () => {
    const e = objects.find((o) => o.name === 'Engagement__e');
    expect(e?.kind).toBe('platformEvent');
    expect(e?.definition).toMatchObject({
      eventType: 'HighVolume',
      publishBehavior: 'PublishAfterCommit',
      deploymentStatus: 'Deployed'
    });
    const allowed = ['Checkbox', 'Date', 'DateTime', 'Number', 'Text', 'TextArea', 'LongTextArea'];
    expect(
      (e?.fields ?? []).filter((f) => !allowed.includes(f.definition.type ?? '') || f.definition.unique)
    ).toEqual([]);
  });

  test('Health_Alert_Rule__mdt is a public custom metadata type with subscriber-controlled fields', () => {
    const mdt = objects.find((o) => o.name === 'Health_Alert_Rule__mdt');
    expect(mdt?.definition?.visibility).toBe('Public');
    const allowed = [
      'Checkbox',
      'Date',
      'DateTime',
      'Email',
      'Number',
      'Percent',
      'Phone',
      'Picklist',
      'Text'
    ];
    allowed.push('TextArea', 'LongTextArea', 'Url');
    expect(
      problems((need) => {
        for (const f of mdt?.fields ?? []) {
          need(
            f.definition.fieldManageability === 'SubscriberControlled',
            `${f.name}: not subscriber-controlled`
          );
          need(
            allowed.includes(f.definition.type ?? ''),
            `${f.name}: ${f.definition.type} not allowed on __mdt`
          );
        }
      })
    ).toEqual([]);
  });
});

describe('fields', () => {
  test('every field has an API name, label, description and type', () => {
    expect(
      problems((need) => {
        for (const [o, f] of allFields) {
          need(FIELD_NAME.test(f.name) && f.name.length <= 43, `${id(o, f)}: bad API name`);
          need(f.definition.type !== undefined, `${id(o, f)}: no type`);
          need(!!f.definition.label && f.definition.label.length <= 40, `${id(o, f)}: label missing or > 40`);
          need(
            !!f.definition.description && f.definition.description.length <= 1000,
            `${id(o, f)}: description missing or > 1000`
          );
        }
      })
    ).toEqual([]);
  });

  test('every user-visible field has help text (platform-event fields are never shown)', () => {
    expect(
      problems((need) => {
        for (const [o, f] of allFields.filter(([x]) => x.kind !== 'platformEvent')) {
          const help = f.definition.inlineHelpText ?? '';
          need(help.length > 0 && help.length <= 510, `${id(o, f)}: help text missing or > 510`);
        }
      })
    ).toEqual([]);
  });

  test('type attributes are complete and in range', () => {
    expect(
      problems((need) => {
        for (const [o, f] of allFields) {
          const d = f.definition;
          const where = id(o, f);
          switch (d.type) {
            case 'Text':
              need((d.length ?? 0) >= 1 && (d.length ?? 0) <= 255, `${where}: Text length 1..255`);
              break;
            case 'LongTextArea':
              need(
                (d.length ?? 0) >= 256 && (d.length ?? 0) <= 131072,
                `${where}: LongTextArea length 256..131072`
              );
              need((d.visibleLines ?? 0) > 0, `${where}: LongTextArea needs visibleLines`);
              break;
            case 'TextArea':
              need(d.length === undefined, `${where}: TextArea takes no length`);
              break;
            case 'Number':
              need((d.precision ?? 0) >= 1 && (d.precision ?? 0) <= 18, `${where}: precision 1..18`);
              need(
                (d.scale ?? -1) >= 0 && (d.scale ?? 99) <= (d.precision ?? 0),
                `${where}: scale 0..precision`
              );
              break;
            case 'Checkbox':
              need(
                d.defaultValue === 'true' || d.defaultValue === 'false',
                `${where}: checkbox needs a default`
              );
              break;
            case 'Picklist': {
              const values = d.valueSet?.valueSetDefinition?.value ?? [];
              const names = values.map((v) => v.fullName);
              need(d.valueSet?.restricted === true, `${where}: picklist not restricted`);
              need(values.length > 0, `${where}: picklist without values`);
              need(new Set(names).size === names.length, `${where}: duplicate picklist values`);
              need(values.filter((v) => v.default).length <= 1, `${where}: more than one default`);
              for (const v of values) {
                need(
                  /^[A-Za-z][A-Za-z0-9_]*$/.test(v.fullName ?? ''),
                  `${where}: bad value API name ${v.fullName}`
                );
                need(!!v.label, `${where}: value ${v.fullName} without label`);
              }
              break;
            }
            case 'Summary': {
              const [child, fk] = (d.summaryForeignKey ?? '').split('.');
              const master = objects.find((x) => x.name === child)?.fields.find((x) => x.name === fk);
              need(d.summaryOperation !== undefined, `${where}: roll-up without operation`);
              need(
                master?.definition.type === 'MasterDetail' && master.definition.referenceTo === o.name,
                `${where}: roll-up foreign key ${d.summaryForeignKey} is not a master-detail to ${o.name}`
              );
              break;
            }
            case 'Lookup':
            case 'MasterDetail':
            case 'DateTime':
            case 'Url':
            case 'Email':
              break;
            default:
              need(false, `${where}: unexpected type ${d.type}`);
          }
        }
      })
    ).toEqual([]);
  });

  test('key fields (*_Key__c) of custom objects are unique, external ids, with case sensitivity', () => {
    const keys = allFields.filter(([o, f]) => o.kind === 'custom' && /_Key__c$/.test(f.name));
    expect(keys.length).toBeGreaterThanOrEqual(5);
    expect(
      problems((need) => {
        for (const [o, f] of keys) {
          need(f.definition.type === 'Text', `${id(o, f)}: key is not Text`);
          need(f.definition.unique === true, `${id(o, f)}: key is not unique`);
          need(f.definition.externalId === true, `${id(o, f)}: key is not an external id`);
        }
        for (const [o, f] of allFields.filter(([, x]) => x.definition.unique)) {
          need(f.definition.caseSensitive !== undefined, `${id(o, f)}: unique without caseSensitive`);
        }
      })
    ).toEqual([]);
  });

  test('lookups and master-details are fully declared', () => {
    expect(
      problems((need) => {
        for (const [o, f] of allFields.filter(([, x]) => isRelationship(x))) {
          const d = f.definition;
          const where = id(o, f);
          need(!!d.referenceTo, `${where}: no referenceTo`);
          need(RELATIONSHIP_NAME.test(d.relationshipName ?? ''), `${where}: bad relationshipName`);
          need(!!d.relationshipLabel, `${where}: no relationshipLabel`);
          if (/__c$/.test(d.referenceTo ?? '')) {
            need(
              objects.some((x) => x.name === d.referenceTo),
              `${where}: references unknown ${d.referenceTo}`
            );
          }
          if (d.type === 'Lookup') {
            need(d.deleteConstraint !== undefined, `${where}: no deleteConstraint`);
            need(!d.required || d.deleteConstraint !== 'SetNull', `${where}: required lookup cannot SetNull`);
            need(
              d.referenceTo !== 'User' || d.deleteConstraint === 'SetNull',
              `${where}: User lookups are SetNull`
            );
            // Cascade-delete lookups need a feature Salesforce support enables: not deployable everywhere.
            need(d.deleteConstraint !== 'Cascade', `${where}: Cascade lookup`);
          } else {
            need(d.relationshipOrder === 0, `${where}: relationshipOrder 0`);
            need(d.reparentableMasterDetail !== undefined, `${where}: reparentableMasterDetail unset`);
            need(d.writeRequiresMasterRead !== undefined, `${where}: writeRequiresMasterRead unset`);
            need(o.kind === 'custom', `${where}: master-detail on a non-custom object`);
          }
        }
      })
    ).toEqual([]);
  });

  test('relationship names are unique per referenced object', () => {
    const keys = allFields
      .filter(([, f]) => isRelationship(f))
      .map(([, f]) => `${f.definition.referenceTo}.${f.definition.relationshipName}`.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test('relationship names on standard objects are prefixed Entatio_ so they cannot clash in subscriber orgs', () => {
    const onStandard = allFields.filter(
      ([, f]) => isRelationship(f) && !/__c$/.test(f.definition.referenceTo ?? '')
    );
    expect(
      onStandard
        .filter(([, f]) => !f.definition.relationshipName?.startsWith('Entatio_'))
        .map(([o, f]) => id(o, f))
    ).toEqual([]);
  });
});

describe('access', () => {
  test('permission sets are the three of the contract, once each, with label, description and Apex list', () => {
    expect(permissionSets.map((p) => p.name).sort()).toEqual([...PERMISSION_SETS].sort());
    for (const p of permissionSets) {
      expect(p).toEqual(
        expect.objectContaining({
          label: expect.any(String),
          description: expect.any(String),
          apexClasses: expect.any(Array)
        })
      );
    }
  });

  test('Entatio_Viewer is external: no license, no app, never View All / Modify All', () => {
    const viewer = permissionSets.find((p) => p.name === 'Entatio_Viewer');
    expect(viewer).toMatchObject({ external: true, appVisible: false });
    expect(viewer?.license).toBeUndefined();
    const wide = objects.filter((o) =>
      (o.access.Entatio_Viewer ?? []).some((p) => p === 'viewAll' || p === 'modifyAll')
    );
    expect(wide.map((o) => o.name)).toEqual([]);
  });

  test('the Viewer set gets nothing on health or insights objects and fields', () => {
    const leaks = objects
      .filter((o) => o.area === 'health' || o.area === 'insights')
      .flatMap((o) => [
        ...(o.access.Entatio_Viewer ? [o.name] : []),
        ...o.fields.filter((f) => f.access.Entatio_Viewer).map((f) => id(o, f))
      ]);
    expect(leaks).toEqual([]);
  });

  test('the Viewer set cannot read speaker notes, source files, join codes or audiences', () => {
    expect(findField('Section__c', 'Speaker_Notes__c')?.access.Entatio_Viewer).toBeUndefined();
    expect(findField('Course__c', 'Source_Content_Document_Id__c')?.access.Entatio_Viewer).toBeUndefined();
    expect(findField('Presentation_Session__c', 'Join_Code__c')?.access.Entatio_Viewer).toBeUndefined();
    expect(objects.filter((o) => o.area === 'audiences' && o.access.Entatio_Viewer)).toEqual([]);
  });

  test('required, master-detail, platform-event and custom-metadata fields declare no FLS', () => {
    expect(
      allFields.filter(([o, f]) => takesNoFls(o, f) && Object.keys(f.access).length).map(([o, f]) => id(o, f))
    ).toEqual([]);
  });

  test('object permissions respect the platform dependencies', () => {
    expect(
      problems((need) => {
        for (const o of objects) {
          for (const set of PERMISSION_SETS) {
            const perms = o.access[set] ?? [];
            const has = (p: ObjectPermission): boolean => perms.includes(p);
            const where = `${set} on ${o.name}`;
            if (o.kind === 'customMetadata') {
              need(
                perms.every((p) => p === 'read'),
                `${where}: custom metadata types take only read`
              );
            } else if (o.kind === 'platformEvent') {
              need(
                perms.every((p) => p === 'read' || p === 'create'),
                `${where}: events take only read/create`
              );
            } else {
              need(perms.length === 0 || has('read'), `${where}: every permission needs read`);
              need(!has('delete') || has('edit'), `${where}: delete needs edit`);
              need(
                !has('modifyAll') || (has('edit') && has('delete') && has('viewAll')),
                `${where}: modifyAll`
              );
            }
          }
        }
      })
    ).toEqual([]);
  });

  test('field access needs object read, and a detail needs read on its master', () => {
    expect(
      problems((need) => {
        for (const o of objects.filter((x) => x.kind !== 'standard')) {
          for (const set of PERMISSION_SETS) {
            const perms = o.access[set] ?? [];
            const withFls = o.fields.filter((f) => f.access[set]);
            need(
              withFls.length === 0 || perms.includes('read'),
              `${set}: field access on ${o.name} without read`
            );
            for (const f of o.fields.filter((x) => x.definition.type === 'MasterDetail')) {
              const master = objects.find((x) => x.name === f.definition.referenceTo);
              need(
                perms.length === 0 || (master?.access[set] ?? []).includes('read'),
                `${set}: ${o.name} without read on master ${f.definition.referenceTo}`
              );
            }
          }
        }
      })
    ).toEqual([]);
  });

  test('computed fields are never editable', () => {
    const computed = allFields.filter(([, f]) => ['Summary', 'AutoNumber'].includes(f.definition.type ?? ''));
    expect(
      computed.filter(([, f]) => Object.values(f.access).some((a) => a === 'edit')).map(([o, f]) => id(o, f))
    ).toEqual([]);
  });

  test('the Admin set reads every non-standard object and every field that takes FLS', () => {
    expect(
      customObjects.filter((o) => !(o.access.Entatio_Admin ?? []).includes('read')).map((o) => o.name)
    ).toEqual([]);
    expect(
      allFields.filter(([o, f]) => !takesNoFls(o, f) && !f.access.Entatio_Admin).map(([o, f]) => id(o, f))
    ).toEqual([]);
  });

  test('standard-object fields are read-only for Admin and User', () => {
    const wrong = objects
      .filter((o) => o.kind === 'standard')
      .flatMap((o) => o.fields.map((f) => [id(o, f), f.access] as const))
      .filter(
        ([, access]) =>
          JSON.stringify(access) !== JSON.stringify({ Entatio_Admin: 'read', Entatio_User: 'read' })
      );
    expect(wrong).toEqual([]);
  });

  test('access names only known permission sets', () => {
    const known = new Set<string>(PERMISSION_SETS);
    const names = objects.flatMap((o) => [
      ...Object.keys(o.access),
      ...o.fields.flatMap((f) => Object.keys(f.access))
    ]);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
  });
});

describe('app and tabs', () => {
  const tabbed = objects.filter((o) => o.tab);

  test('tab motifs are Salesforce motif names, on custom objects only', () => {
    expect(tabbed.filter((o) => !/^Custom\d+: \S.*$/.test(o.tab?.motif ?? '')).map((o) => o.name)).toEqual(
      []
    );
    expect(tabbed.filter((o) => o.kind !== 'custom').map((o) => o.name)).toEqual([]);
  });

  test('every object tab is in the app, and every custom tab of the app is declared', () => {
    expect(tabbed.map((o) => o.name).filter((n) => !app.tabs.includes(n))).toEqual([]);
    const declared = new Set([...tabbed.map((o) => o.name), ...componentTabs.map((t) => t.name)]);
    expect(app.tabs.filter((t) => !t.startsWith('standard-') && !declared.has(t))).toEqual([]);
  });

  test('brand color is a hex colour', () => {
    expect(app.brandColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });
});

describe('schema helpers', () => {
  test('fieldsOf / findField are case-insensitive and merge areas', () => {
    expect(fieldsOf('account')?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Entatio_Health_Score__c', 'Entatio_Engagement_Score__c'])
    );
    expect(findField('COURSE__C', 'status__c')?.name).toBe('Status__c');
    expect(fieldsOf('Nope__c')).toBeUndefined();
  });

  test('picklist() rejects a default that is not a value', () => {
    expect(() => picklist(['A', 'B'], 'C')).toThrow(/not one of its values/);
  });
});
