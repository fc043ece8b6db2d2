import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { healthAlertRule } from '../../schema/health';
import {
  defaultHealthRules,
  healthScore,
  ruleBand,
  scoreBand,
  type HealthRuleRecord
} from '../../schema/health-rules';
import { customMetadataXml, healthRuleRecord, renderHealthRules } from '../custom-metadata';
import { render } from '../render';

function picklistValues(fieldName: string): string[] {
  const field = healthAlertRule.fields.find((f) => f.name === fieldName);
  return field?.definition.valueSet?.valueSetDefinition?.value.map((v) => v.fullName ?? '') ?? [];
}

describe('default health rules (custom metadata records)', () => {
  const files = renderHealthRules();

  it('are rendered by the generator into health/customMetadata', () => {
    const all = render();
    for (const [path, content] of files) expect(all.get(path)).toBe(content);
    expect([...files.map(([p]) => p)]).toContain(
      'force-app/main/health/customMetadata/Health_Alert_Rule.Cases_After_Onboarding.md-meta.xml'
    );
  });

  it('are well-formed and name only fields the type declares', () => {
    const declared = new Set(healthAlertRule.fields.map((f) => f.name));
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'values' });
    for (const [path, content] of files) {
      expect(XMLValidator.validate(content)).toBe(true);
      const values = parser.parse(content).CustomMetadata.values as Array<{ field: string }>;
      for (const { field } of values)
        expect({ path, field, declared: declared.has(field) }).toMatchObject({ declared: true });
    }
  });

  it.each(defaultHealthRules.map((r) => [r.developerName, r] as const))(
    '%s uses picklist values of the type',
    (_, rule) => {
      expect(picklistValues('Metric__c')).toContain(rule.metric);
      expect(picklistValues('Operator__c')).toContain(rule.operator);
      expect(picklistValues('Tenure_Band__c')).toContain(rule.tenureBand);
      expect(picklistValues('Severity__c')).toContain(rule.severity);
      expect(picklistValues('Action__c')).toContain(rule.action);
      expect(picklistValues('Comparison__c')).toContain(rule.comparison);
      expect(rule.label.length).toBeLessThanOrEqual(40);
      expect(rule.explanationTemplate.length).toBeLessThanOrEqual(255);
    }
  );

  it('ships the issue’s examples, tuned so that red stays an exception', () => {
    const byName = new Map(defaultHealthRules.map((r) => [r.developerName, r]));
    // Two cases in a month are yellow, three red (two alone are common: see health-evaluation.test.ts).
    expect(byName.get('Cases_After_Onboarding')).toMatchObject({
      metric: 'Cases_Opened',
      windowDays: 30,
      yellow: 2,
      red: 3,
      minTenureDays: 180
    });
    expect(byName.get('No_Recent_Engagement')).toMatchObject({ metric: 'Days_Since_Engagement', red: 45 });
    expect(byName.get('Engaged_Contacts_Halved')).toMatchObject({
      metric: 'Engaged_Contacts_Change',
      yellow: 0.5,
      red: 0.25
    });
    expect(byName.get('No_Engagement')).toMatchObject({ metric: 'Engagement_Events', active: false });
  });

  it('writes absent values as xsi:nil and escapes text', () => {
    const rule: HealthRuleRecord = { ...defaultHealthRules[0], developerName: 'X', label: 'A & B' };
    const xml = customMetadataXml(healthRuleRecord(rule));
    expect(xml).toContain('<label>A &amp; B</label>');
    expect(xml).toContain('<field>Segment_Field__c</field>\n        <value xsi:nil="true"/>');
    expect(() => healthRuleRecord({ ...rule, developerName: 'bad name' })).toThrow(/DeveloperName/);
  });
});

describe('scoring helpers (mirror HealthScorer.cls)', () => {
  const cases = { operator: 'Greater_Or_Equal', yellow: 1, red: 2 } as const;
  it('bands a value by the operator', () => {
    expect(ruleBand(cases, 0)).toBe('Green');
    expect(ruleBand(cases, 1)).toBe('Yellow');
    expect(ruleBand(cases, 2)).toBe('Red');
    expect(ruleBand({ operator: 'Less_Than', yellow: 30, red: 15 }, 20)).toBe('Yellow');
  });
  it('weights and bands the score', () => {
    expect(
      healthScore([
        { weight: 3, band: 'Green' },
        { weight: 1, band: 'Red' }
      ])
    ).toBe(75);
    expect(healthScore([])).toBeUndefined();
    expect(scoreBand(70)).toBe('Green');
    expect(scoreBand(39.99)).toBe('Red');
  });
});

describe('the Manage Health Rules custom permission', () => {
  const files = render();
  const grants = (set: string): boolean =>
    /<customPermissions>\s*<enabled>true<\/enabled>\s*<name>Entatio_Manage_Health_Rules<\/name>/.test(
      files.get(`force-app/main/app/permissionsets/${set}.permissionset-meta.xml`) ?? ''
    );

  it('is granted to admins only', () => {
    expect(grants('Entatio_Admin')).toBe(true);
    expect(grants('Entatio_User')).toBe(false);
    expect(grants('Entatio_Viewer')).toBe(false);
  });
});
