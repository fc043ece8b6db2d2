import type { FieldDefinition, ObjectSpec } from '../../schema/types';
import { SchemaIndex, checkApexSource, checkSoqlFields } from '../soql-fields';
import { apexClass, makeProject, removeProject } from './fixture';

const def = (d: Partial<FieldDefinition>): FieldDefinition =>
  ({ label: 'x', description: 'x', type: 'Text', ...d }) as FieldDefinition;
const f = (name: string, d: Partial<FieldDefinition> = {}) => ({ name, definition: def(d), access: {} });

/** A small data model: Course → Sections (master-detail), Activity with lookups, a custom metadata type. */
const SCHEMA: ObjectSpec[] = [
  { name: 'Course__c', area: 'courses', kind: 'custom', access: {}, fields: [f('Status__c'), f('Topic__c')] },
  {
    name: 'Section__c',
    area: 'courses',
    kind: 'custom',
    access: {},
    fields: [
      f('Course__c', { type: 'MasterDetail', referenceTo: 'Course__c', relationshipName: 'Sections' }),
      f('Order__c', { type: 'Number' })
    ]
  },
  {
    name: 'Activity__c',
    area: 'engagement',
    kind: 'custom',
    access: {},
    fields: [
      f('Section__c', { type: 'Lookup', referenceTo: 'Section__c', relationshipName: 'Activities' }),
      f('Account__c', { type: 'Lookup', referenceTo: 'Account', relationshipName: 'Entatio_Activities' }),
      f('User__c', { type: 'Lookup', referenceTo: 'User', relationshipName: 'Entatio_Activities' }),
      f('View_Count__c', { type: 'Number' })
    ]
  },
  {
    name: 'Health_Alert_Rule__mdt',
    area: 'health',
    kind: 'customMetadata',
    access: {},
    fields: [f('Metric__c'), f('Active__c', { type: 'Checkbox' })]
  },
  {
    name: 'Account',
    area: 'insights',
    kind: 'standard',
    access: {},
    fields: [f('Entatio_Health_Score__c', { type: 'Number' })]
  }
];
const index = new SchemaIndex(SCHEMA);
const problems = (apex: string): string[] =>
  checkApexSource(apex, index).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('soql-fields', () => {
  it('accepts declared fields, system fields, relationships and subqueries', () => {
    const apex = `
      List<Course__c> cs = [SELECT Id, Name, Status__c, Owner.Name, CreatedBy.Name, LastModifiedDate,
                              (SELECT Id, Order__c, Course__r.Topic__c FROM Sections__r ORDER BY Order__c)
                            FROM Course__c WHERE Status__c = :s WITH USER_MODE];
      List<Activity__c> as = [SELECT Section__r.Course__r.Status__c, Account__r.Name, Account__r.Entatio_Health_Score__c,
                                User__r.Email, toLabel(Section__r.Course__r.Status__c)
                              FROM Activity__c WHERE Account__c IN :ids AND View_Count__c > 0];
      List<AggregateResult> ag = [SELECT Section__c, COUNT(Id) cnt, SUM(View_Count__c) total FROM Activity__c
                                  GROUP BY Section__c HAVING COUNT(Id) > 1 ORDER BY COUNT(Id) DESC];
      List<Account> acc = [SELECT Id, Name, Industry, Entatio_Health_Score__c, Owner.Name,
                             (SELECT Id, View_Count__c FROM Entatio_Activities__r), (SELECT Id, Email FROM Contacts)
                           FROM Account WHERE Id IN (SELECT Account__c FROM Activity__c WHERE View_Count__c > 0)];
      List<Health_Alert_Rule__mdt> rules = [SELECT DeveloperName, MasterLabel, QualifiedApiName, Metric__c FROM Health_Alert_Rule__mdt WHERE Active__c = true];
      List<Contact> cons = [SELECT Id, Account.Entatio_Health_Score__c, Account.Name FROM Contact];
    `;
    expect(problems(apex)).toEqual([]);
  });

  it('reports a field typo on our objects with its position', () => {
    const apex =
      'public class X {\n  void m() {\n    List<Course__c> cs = [SELECT Id, Statuss__c FROM Course__c];\n  }\n}';
    expect(problems(apex)).toEqual(["3:38 SOQL: unknown field 'Statuss__c' on Course__c"]);
  });

  it('reports typos in relationship paths, child subqueries, WHERE, ORDER BY and semi-joins', () => {
    const apex = [
      'x = [SELECT Course__r.Statuss__c FROM Section__c];',
      'x = [SELECT Id, (SELECT Orderr__c FROM Sections__r) FROM Course__c];',
      'x = [SELECT Id, (SELECT Id FROM Sectionz__r) FROM Course__c];',
      'x = [SELECT Id FROM Course__c WHERE Topicc__c = :t ORDER BY Statu__c];',
      'x = [SELECT Id FROM Course__c WHERE Id IN (SELECT Course__c FROM Section__c WHERE Orders__c > 1)];',
      'x = [SELECT Cours__r.Name FROM Section__c];',
      'x = [SELECT Id, OwnerId FROM Section__c];',
      'x = [SELECT Foo.Name FROM Course__c];'
    ].join('\n');
    expect(problems(apex)).toEqual([
      "1:13 SOQL: unknown field 'Statuss__c' on Course__c (in 'Course__r.Statuss__c')",
      "2:25 SOQL: unknown field 'Orderr__c' on Section__c",
      "3:33 SOQL: unknown child relationship 'Sectionz__r' on Course__c",
      "4:37 SOQL: unknown field 'Topicc__c' on Course__c",
      "4:61 SOQL: unknown field 'Statu__c' on Course__c",
      "5:83 SOQL: unknown field 'Orders__c' on Section__c",
      "6:13 SOQL: unknown relationship 'Cours__r' on Section__c (in 'Cours__r.Name')",
      "7:17 SOQL: unknown field 'OwnerId' on Section__c",
      "8:13 SOQL: unknown relationship 'Foo' on Course__c (in 'Foo.Name')"
    ]);
  });

  it('checks only custom fields on standard objects', () => {
    const apex = [
      'x = [SELECT Id, Whatever, Entatio_Health_Scor__c FROM Account];',
      'x = [SELECT Id, Foo__c FROM Lead];',
      'x = [SELECT Id, Account.Entatio_Nope__c, Owner.Bar__c FROM Contact];',
      'x = [SELECT Id, (SELECT Id FROM Entatio_Nope__r) FROM Account];'
    ].join('\n');
    expect(problems(apex)).toEqual([
      "1:27 SOQL: custom field 'Entatio_Health_Scor__c' on Account is not declared in scripts/schema",
      "2:17 SOQL: custom field 'Foo__c' on Lead is not declared in scripts/schema",
      "3:17 SOQL: custom field 'Entatio_Nope__c' on Account (in 'Account.Entatio_Nope__c') is not declared in scripts/schema",
      "4:33 SOQL: unknown child relationship 'Entatio_Nope__r' on Account"
    ]);
  });

  it('reports unknown custom objects and custom metadata fields', () => {
    expect(
      problems('x = [SELECT Id FROM Cours__c];\ny = [SELECT Metricc__c FROM Health_Alert_Rule__mdt];')
    ).toEqual([
      "1:21 SOQL: unknown object 'Cours__c' (not in scripts/schema)",
      "2:13 SOQL: unknown field 'Metricc__c' on Health_Alert_Rule__mdt"
    ]);
  });

  it('is case-insensitive like SOQL and checks literal Database.query strings', () => {
    expect(problems('x = [select id, STATUS__C, course__R.topic__c from section__C];')).toEqual([
      "1:17 SOQL: unknown field 'STATUS__C' on Section__c"
    ]);
    expect(problems("x = Database.query('SELECT Id, Topik__c FROM Course__c');")).toEqual([
      "1:32 SOQL: unknown field 'Topik__c' on Course__c"
    ]);
  });

  it('scans every class and trigger of a project', async () => {
    const root = makeProject({
      ...apexClass(
        'Good',
        'public with sharing class Good { List<Course__c> c = [SELECT Id, Status__c FROM Course__c]; }'
      ),
      ...apexClass(
        'Bad',
        'public with sharing class Bad {\n  List<Course__c> c = [SELECT Id, Stat__c FROM Course__c];\n}'
      ),
      'force-app/main/default/triggers/SectionTrigger.trigger':
        'trigger SectionTrigger on Section__c (after insert) {\n  List<Section__c> s = [SELECT Ordr__c FROM Section__c];\n}'
    });
    try {
      const findings = await checkSoqlFields({ root, objects: SCHEMA });
      expect(findings).toEqual([
        {
          check: 'soql-fields',
          file: 'force-app/main/default/classes/Bad.cls',
          line: 2,
          column: 35,
          message: "SOQL: unknown field 'Stat__c' on Course__c"
        },
        {
          check: 'soql-fields',
          file: 'force-app/main/default/triggers/SectionTrigger.trigger',
          line: 2,
          column: 32,
          message: "SOQL: unknown field 'Ordr__c' on Section__c"
        }
      ]);
      const clean = makeProject(
        apexClass(
          'Good',
          'public with sharing class Good { List<Course__c> c = [SELECT Id, Status__c FROM Course__c]; }'
        )
      );
      try {
        expect(await checkSoqlFields({ root: clean, objects: SCHEMA })).toEqual([]);
      } finally {
        removeProject(clean);
      }
    } finally {
      removeProject(root);
    }
  });
});
