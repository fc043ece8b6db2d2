/**
 * Custom metadata records the package ships (the default health rules), as
 * `force-app/main/<area>/customMetadata/<Type>.<Record>.md-meta.xml`. Values carry their XML Schema type the way
 * Salesforce writes them on retrieve; absent values are written as `xsi:nil` so that a record states every field.
 */
import { defaultHealthRules, type HealthRuleRecord } from '../schema/health-rules';
import { escapeXml, METADATA_NAMESPACE } from './xml';

export const HEALTH_RULE_DIR = 'force-app/main/health/customMetadata';

type RecordValue = string | number | boolean | undefined;

/** A custom metadata record body: label, protected flag and field values in the order given. */
export interface CustomMetadataRecord {
  /** `<Type without __mdt>.<DeveloperName>`. */
  fullName: string;
  label: string;
  values: ReadonlyArray<readonly [field: string, value: RecordValue]>;
}

function valueXml(value: RecordValue): string {
  if (value === undefined) return '<value xsi:nil="true"/>';
  if (typeof value === 'boolean') return `<value xsi:type="xsd:boolean">${value}</value>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return `<value xsi:type="xsd:double">${value}</value>`;
  }
  return `<value xsi:type="xsd:string">${escapeXml(value)}</value>`;
}

export function customMetadataXml(record: CustomMetadataRecord): string {
  if (record.label.length > 40) throw new Error(`${record.fullName}: label longer than 40 characters`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<CustomMetadata xmlns="${METADATA_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    `    <label>${escapeXml(record.label)}</label>`,
    '    <protected>false</protected>'
  ];
  for (const [field, value] of record.values) {
    lines.push(
      '    <values>',
      `        <field>${field}</field>`,
      `        ${valueXml(value)}`,
      '    </values>'
    );
  }
  lines.push('</CustomMetadata>');
  return lines.join('\n') + '\n';
}

/** The record of one health rule, fields in API-name order. */
export function healthRuleRecord(rule: HealthRuleRecord): CustomMetadataRecord {
  if (!/^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/.test(rule.developerName) || rule.developerName.length > 40) {
    throw new Error(`health rule ${rule.developerName}: not a valid DeveloperName`);
  }
  if (rule.explanationTemplate.length > 255) {
    throw new Error(`health rule ${rule.developerName}: explanation template longer than 255 characters`);
  }
  const values: Array<[string, RecordValue]> = [
    ['Account_Type__c', rule.accountType],
    ['Action__c', rule.action],
    ['Active__c', rule.active],
    ['Comparison__c', rule.comparison],
    ['Cooldown_Days__c', rule.cooldownDays],
    ['Explanation_Template__c', rule.explanationTemplate],
    ['Green_Threshold__c', rule.green],
    ['Metric_Field__c', rule.metricField],
    ['Metric__c', rule.metric],
    ['Min_Tenure_Days__c', rule.minTenureDays],
    ['Operator__c', rule.operator],
    ['Red_Threshold__c', rule.red],
    ['Segment_Field__c', rule.segmentField],
    ['Segment_Value__c', rule.segmentValue],
    ['Severity__c', rule.severity],
    ['Tenure_Band__c', rule.tenureBand],
    ['Weight__c', rule.weight],
    ['Window_Days__c', rule.windowDays],
    ['Yellow_Threshold__c', rule.yellow]
  ];
  return { fullName: `Health_Alert_Rule.${rule.developerName}`, label: rule.label, values };
}

export function renderHealthRules(
  rules: readonly HealthRuleRecord[] = defaultHealthRules
): Array<[string, string]> {
  return rules.map((rule) => {
    const record = healthRuleRecord(rule);
    return [`${HEALTH_RULE_DIR}/${record.fullName}.md-meta.xml`, customMetadataXml(record)];
  });
}
