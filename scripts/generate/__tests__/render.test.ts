import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { app, objects, permissionSets } from '../../schema';
import { field, fls, picklist } from '../../schema/define';
import type { ObjectSpec, PermissionSetSpec } from '../../schema/types';
import { GENERATED_FOLDERS, render } from '../render';
import { escapeXml, metadataXml, orderedKeys } from '../xml';

const files = render();
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) =>
    [
      'fieldPermissions',
      'objectPermissions',
      'tabSettings',
      'value',
      'tabs',
      'customMetadataTypeAccesses',
      'applicationVisibilities',
      'classAccesses'
    ].includes(name)
});

/**
 * Parsed XML for assertions: every element reads as text, nested element or list (the parser decides by
 * `isArray`), so tests can navigate without casts.
 */
interface Xml {
  [element: string]: XmlValue;
}
type XmlValue = string & Xml & Xml[];

function parsed(path: string): Xml {
  const content = files.get(path);
  if (content === undefined) throw new Error(`not rendered: ${path}`);
  return parser.parse(content);
}

function permissionSet(name: string): Xml {
  return parsed(`force-app/main/app/permissionsets/${name}.permissionset-meta.xml`).PermissionSet;
}

const fieldPermissionNames = (ps: Xml): string[] => (ps.fieldPermissions ?? []).map((f) => f.field);

describe('render', () => {
  test('is deterministic and independent of declaration order', () => {
    const again = render();
    expect([...again.entries()]).toEqual([...files.entries()]);
    const shuffled = render([...objects].reverse(), [...permissionSets].reverse(), app);
    expect([...shuffled.entries()]).toEqual([...files.entries()]);
  });

  test('returns paths sorted, under force-app/main/<area>/', () => {
    const paths = [...files.keys()];
    expect(paths).toEqual([...paths].sort());
    for (const p of paths)
      expect(p).toMatch(new RegExp(`^force-app/main/[a-z]+/(${GENERATED_FOLDERS.join('|')})/`));
  });

  test('writes the expected kinds of files', () => {
    expect(files.has('force-app/main/courses/objects/Course__c/Course__c.object-meta.xml')).toBe(true);
    expect(files.has('force-app/main/courses/objects/Course__c/fields/Status__c.field-meta.xml')).toBe(true);
    expect(
      files.has(
        'force-app/main/courses/objects/Course__c/sharingReasons/Sharing_Group__c.sharingReason-meta.xml'
      )
    ).toBe(true);
    expect(files.has('force-app/main/engagement/objects/Engagement__e/Engagement__e.object-meta.xml')).toBe(
      true
    );
    expect(
      files.has('force-app/main/health/objects/Health_Alert_Rule__mdt/Health_Alert_Rule__mdt.object-meta.xml')
    ).toBe(true);
    expect(
      files.has('force-app/main/insights/objects/Account/fields/Entatio_Engagement_Score__c.field-meta.xml')
    ).toBe(true);
    expect(
      files.has('force-app/main/health/objects/Account/fields/Entatio_Health_Score__c.field-meta.xml')
    ).toBe(true);
    expect(files.has('force-app/main/app/tabs/Course__c.tab-meta.xml')).toBe(true);
    expect(files.has('force-app/main/app/applications/Entatio.app-meta.xml')).toBe(true);
    for (const name of ['Entatio_Admin', 'Entatio_User', 'Entatio_Viewer']) {
      expect(files.has(`force-app/main/app/permissionsets/${name}.permissionset-meta.xml`)).toBe(true);
    }
  });

  test('never writes an object file for a standard object', () => {
    for (const p of files.keys())
      expect(p).not.toMatch(/objects\/(Account|Contact|Opportunity)\/[^/]+\.object-meta\.xml$/);
  });

  test('one field file per declared field', () => {
    const fieldFiles = [...files.keys()].filter((p) => p.endsWith('.field-meta.xml'));
    expect(fieldFiles).toHaveLength(objects.reduce((n, o) => n + o.fields.length, 0));
  });

  test.each([...files.keys()])(
    '%s is well-formed, declared UTF-8, 4-space indented, newline-terminated',
    (path) => {
      const content = files.get(path)!;
      expect(XMLValidator.validate(content)).toBe(true);
      expect(content.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<')).toBe(true);
      expect(content.endsWith('>\n')).toBe(true);
      expect(content).toContain('xmlns="http://soap.sforce.com/2006/04/metadata"');
      for (const line of content.split('\n').slice(1, -1)) {
        const indent = /^( *)/.exec(line)![1].length;
        expect(indent % 4).toBe(0);
        expect(line).not.toMatch(/\t|\s$/);
      }
    }
  );
});

describe('xml', () => {
  test('orders fullName first, then alphabetically', () => {
    expect(orderedKeys({ type: 1, label: 2, fullName: 3, description: 4 })).toEqual([
      'fullName',
      'description',
      'label',
      'type'
    ]);
  });

  test('escapes text and omits undefined values and empty arrays', () => {
    const xml = metadataXml('CustomField', {
      fullName: 'X__c',
      description: 'a < b & "c" > \'d\'',
      label: undefined,
      summaryFilterItems: []
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '    <fullName>X__c</fullName>\n' +
        '    <description>a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;</description>\n' +
        '</CustomField>\n'
    );
    expect(escapeXml('<&>')).toBe('&lt;&amp;&gt;');
  });

  test('non-ASCII text is written as UTF-8 characters', () => {
    const xml = metadataXml('CustomObject', { description: 'viewer \u00d7 section' });
    expect(xml).toContain('<description>viewer \u00d7 section</description>');
  });
});

describe('objects and fields', () => {
  test('custom object carries its switches, name field and sharing model', () => {
    const o = parsed('force-app/main/courses/objects/Course__c/Course__c.object-meta.xml').CustomObject;
    expect(o).toMatchObject({
      deploymentStatus: 'Deployed',
      enableSharing: 'true',
      enableBulkApi: 'true',
      enableStreamingApi: 'true',
      enableReports: 'true',
      sharingModel: 'Private',
      label: 'Course',
      nameField: { label: 'Course Name', type: 'Text' }
    });
    expect(o.sharingReasons).toBeUndefined(); // decomposed into sharingReasons/
    expect(o.fields).toBeUndefined();
    const reason = parsed(
      'force-app/main/courses/objects/Course__c/sharingReasons/Sharing_Group__c.sharingReason-meta.xml'
    );
    expect(reason.SharingReason).toMatchObject({ fullName: 'Sharing_Group__c', label: 'Sharing Group' });
  });

  test('platform event is high volume and published after commit', () => {
    const o = parsed(
      'force-app/main/engagement/objects/Engagement__e/Engagement__e.object-meta.xml'
    ).CustomObject;
    expect(o).toMatchObject({
      eventType: 'HighVolume',
      publishBehavior: 'PublishAfterCommit',
      deploymentStatus: 'Deployed'
    });
  });

  test('custom metadata type is public', () => {
    const o = parsed(
      'force-app/main/health/objects/Health_Alert_Rule__mdt/Health_Alert_Rule__mdt.object-meta.xml'
    ).CustomObject;
    expect(o.visibility).toBe('Public');
  });

  test('picklists render restricted values with labels and the default', () => {
    const f = parsed(
      'force-app/main/courses/objects/Section__c/fields/Media_Type__c.field-meta.xml'
    ).CustomField;
    expect(f.type).toBe('Picklist');
    expect(f.required).toBe('true');
    expect(f.valueSet.restricted).toBe('true');
    expect(f.valueSet.valueSetDefinition.sorted).toBe('false');
    expect(f.valueSet.valueSetDefinition.value).toEqual([
      { fullName: 'Slide_Page', default: 'true', label: 'Slide page' },
      { fullName: 'Image', default: 'false', label: 'Image' },
      { fullName: 'Video', default: 'false', label: 'Video' },
      { fullName: 'HTML', default: 'false', label: 'HTML' },
      { fullName: 'Link', default: 'false', label: 'Link' }
    ]);
    const raw = files.get('force-app/main/courses/objects/Section__c/fields/Media_Type__c.field-meta.xml')!;
    expect(raw).toContain(
      '            <value>\n                <fullName>Slide_Page</fullName>\n                <default>true</default>\n                <label>Slide page</label>\n            </value>'
    );
  });

  test('key fields render unique, external id and case sensitivity', () => {
    const f = parsed(
      'force-app/main/engagement/objects/Activity__c/fields/Activity_Key__c.field-meta.xml'
    ).CustomField;
    expect(f).toMatchObject({
      fullName: 'Activity_Key__c',
      type: 'Text',
      length: '80',
      unique: 'true',
      externalId: 'true',
      caseSensitive: 'false'
    });
  });

  test('lookups and master-detail render their relationship', () => {
    const lookup = parsed(
      'force-app/main/engagement/objects/Activity__c/fields/Section__c.field-meta.xml'
    ).CustomField;
    expect(lookup).toMatchObject({
      type: 'Lookup',
      referenceTo: 'Section__c',
      relationshipName: 'Activities',
      deleteConstraint: 'SetNull'
    });
    const md = parsed(
      'force-app/main/courses/objects/Section__c/fields/Course__c.field-meta.xml'
    ).CustomField;
    expect(md).toMatchObject({
      type: 'MasterDetail',
      referenceTo: 'Course__c',
      relationshipName: 'Sections',
      relationshipOrder: '0'
    });
    const required = parsed(
      'force-app/main/health/objects/Health_Alert__c/fields/Account__c.field-meta.xml'
    ).CustomField;
    expect(required).toMatchObject({ required: 'true', deleteConstraint: 'Restrict' });
  });

  test('roll-up summary renders its summary', () => {
    const f = parsed(
      'force-app/main/courses/objects/Course__c/fields/Slide_Count__c.field-meta.xml'
    ).CustomField;
    expect(f).toMatchObject({
      type: 'Summary',
      summaryForeignKey: 'Section__c.Course__c',
      summaryOperation: 'count'
    });
  });
});

describe('permission sets', () => {
  const sets = ['Entatio_Admin', 'Entatio_User', 'Entatio_Viewer'].map((n) => [n, permissionSet(n)] as const);

  test.each(sets)(
    '%s: no FLS on required, master-detail, platform-event or custom-metadata fields',
    (_, ps) => {
      const names = fieldPermissionNames(ps);
      const noFls = objects.flatMap((o) =>
        o.fields
          .filter(
            (f) =>
              o.kind === 'platformEvent' ||
              o.kind === 'customMetadata' ||
              f.definition.type === 'MasterDetail' ||
              f.definition.required
          )
          .map((f) => `${o.name}.${f.name}`)
      );
      expect(noFls.length).toBeGreaterThan(20);
      expect(names.filter((n) => noFls.includes(n))).toEqual([]);
      expect(names).not.toContain('Section__c.Course__c');
      expect(names).not.toContain('Section__c.Order__c');
      expect(names).not.toContain('Health_Alert__c.Account__c');
      expect(
        names.some((n) => n.startsWith('Engagement__e.') || n.startsWith('Health_Alert_Rule__mdt.'))
      ).toBe(false);
    }
  );

  test.each(sets)('%s: lists are sorted and unique', (_, ps) => {
    const names = fieldPermissionNames(ps);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    const objectsOf = (ps.objectPermissions ?? []).map((o) => o.object);
    expect(objectsOf).toEqual([...objectsOf].sort());
  });

  test.each(sets)('%s: never grants object permissions on a custom metadata type', (_, ps) => {
    for (const o of ps.objectPermissions ?? []) expect(o.object).not.toMatch(/__mdt$/);
  });

  test('Admin: full access, custom metadata access, app and tabs', () => {
    const ps = permissionSet('Entatio_Admin');
    const course = ps.objectPermissions.find((o) => o.object === 'Course__c');
    expect(course).toEqual({
      allowCreate: 'true',
      allowDelete: 'true',
      allowEdit: 'true',
      allowRead: 'true',
      modifyAllRecords: 'true',
      object: 'Course__c',
      viewAllRecords: 'true'
    });
    expect(ps.customMetadataTypeAccesses).toEqual([{ enabled: 'true', name: 'Health_Alert_Rule__mdt' }]);
    expect(ps.applicationVisibilities).toEqual([{ application: 'Entatio', visible: 'true' }]);
    expect(ps.tabSettings).toContainEqual({ tab: 'Course__c', visibility: 'Visible' });
    expect(ps.hasActivationRequired).toBe('false');
    const event = ps.objectPermissions.find((o) => o.object === 'Engagement__e');
    expect(event).toMatchObject({
      allowRead: 'true',
      allowCreate: 'true',
      allowEdit: 'false',
      allowDelete: 'false'
    });
  });

  test('read-only and editable FLS as declared', () => {
    const user = fieldPermissionNames(permissionSet('Entatio_User'));
    expect(user).toContain('Account.Entatio_Health_Score__c');
    const fp = permissionSet('Entatio_User').fieldPermissions;
    expect(fp.find((f) => f.field === 'Course__c.Slide_Count__c')).toEqual({
      editable: 'false',
      field: 'Course__c.Slide_Count__c',
      readable: 'true'
    });
    expect(fp.find((f) => f.field === 'Course__c.Status__c')).toEqual({
      editable: 'true',
      field: 'Course__c.Status__c',
      readable: 'true'
    });
  });

  test('Viewer: no license, no app, nothing on health or insights, no View All', () => {
    const raw = files.get('force-app/main/app/permissionsets/Entatio_Viewer.permissionset-meta.xml')!;
    expect(raw).not.toContain('<license>');
    expect(raw).not.toContain('<applicationVisibilities>');
    expect(raw).not.toContain('<customMetadataTypeAccesses>');
    expect(raw).not.toMatch(/<(viewAllRecords|modifyAllRecords)>true</);
    expect(raw).not.toMatch(
      /Health_|Entatio_Health|Account\.Entatio_|Contact\.Entatio_|Opportunity\.Entatio_|Sharing_Group/
    );
    const ps = permissionSet('Entatio_Viewer');
    expect(ps.tabSettings.map((t) => t.tab)).toContain('Course__c');
    expect(ps.tabSettings.map((t) => t.tab)).not.toContain('Health_Alert__c');
  });

  test('apexClasses become classAccesses (the extension point for controllers)', () => {
    const withClasses: PermissionSetSpec[] = permissionSets.map((p) =>
      p.name === 'Entatio_User' ? { ...p, apexClasses: ['ZController', 'CourseController'] } : p
    );
    const out = render(objects, withClasses, app);
    const ps = parser.parse(
      out.get('force-app/main/app/permissionsets/Entatio_User.permissionset-meta.xml')!
    ).PermissionSet;
    expect(ps.classAccesses).toEqual([
      { apexClass: 'CourseController', enabled: 'true' },
      { apexClass: 'ZController', enabled: 'true' }
    ]);
  });

  test('rejects View All for an external set and unsupported platform-event permissions', () => {
    const bad: ObjectSpec[] = objects.map((o) =>
      o.name === 'Course__c' ? { ...o, access: { ...o.access, Entatio_Viewer: ['read', 'viewAll'] } } : o
    );
    expect(() => render(bad, permissionSets, app)).toThrow(/external users/);
    const badEvent: ObjectSpec[] = objects.map((o) =>
      o.name === 'Engagement__e' ? { ...o, access: { Entatio_Admin: ['read', 'edit'] } } : o
    );
    expect(() => render(badEvent, permissionSets, app)).toThrow(/platform events take only read and create/);
  });

  test('rejects editable FLS on a roll-up', () => {
    const bad: ObjectSpec[] = objects.map((o) =>
      o.name === 'Course__c'
        ? {
            ...o,
            fields: o.fields.map((f) => (f.name === 'Slide_Count__c' ? { ...f, access: fls('edit') } : f))
          }
        : o
    );
    expect(() => render(bad, permissionSets, app)).toThrow(/can only be read/);
  });
});

describe('tabs and app', () => {
  test('object tabs are custom object tabs with their motif', () => {
    expect(parsed('force-app/main/app/tabs/Course__c.tab-meta.xml').CustomTab).toEqual({
      '@_xmlns': 'http://soap.sforce.com/2006/04/metadata',
      customObject: 'true',
      motif: 'Custom84: Presenter'
    });
  });

  test('the app is a standard-navigation Lightning app for phone and desktop', () => {
    const a = parsed('force-app/main/app/applications/Entatio.app-meta.xml').CustomApplication;
    expect(a).toMatchObject({
      label: 'Entatio',
      navType: 'Standard',
      uiType: 'Lightning',
      formFactors: ['Small', 'Large']
    });
    expect(a.brand.headerColor).toBe(app.brandColor);
    expect(a.tabs).toEqual(app.tabs);
  });

  test('an app tab no object declares is an error', () => {
    expect(() => render(objects, permissionSets, { ...app, tabs: [...app.tabs, 'Nope__c'] })).toThrow(
      /Nope__c/
    );
  });

  test('a new object with a tab renders object, fields and tab', () => {
    const extra: ObjectSpec = {
      name: 'Widget__c',
      area: 'common',
      kind: 'custom',
      definition: { label: 'Widget', pluralLabel: 'Widgets', description: 'd', sharingModel: 'ReadWrite' },
      fields: [
        field(
          'Kind__c',
          { label: 'Kind', type: 'Picklist', description: 'd', valueSet: picklist(['A', 'B'], 'B') },
          fls('edit')
        )
      ],
      access: { Entatio_Admin: ['read'] },
      tab: { motif: 'Custom1: Heart' }
    };
    const out = render([...objects, extra], permissionSets, { ...app, tabs: [...app.tabs, 'Widget__c'] });
    expect(out.has('force-app/main/common/objects/Widget__c/Widget__c.object-meta.xml')).toBe(true);
    expect(out.get('force-app/main/common/objects/Widget__c/fields/Kind__c.field-meta.xml')).toContain(
      '<fullName>B</fullName>\n                <default>true</default>'
    );
    expect(out.has('force-app/main/app/tabs/Widget__c.tab-meta.xml')).toBe(true);
    expect(out.get('force-app/main/app/permissionsets/Entatio_Admin.permissionset-meta.xml')).toContain(
      '<field>Widget__c.Kind__c</field>'
    );
  });
});
