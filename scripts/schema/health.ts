/**
 * Area `health`: the Customer Health Monitor. Admins configure rules in Setup (custom metadata); the
 * package scores accounts (snapshots), raises alerts and writes the score onto the Account.
 */
import type { FieldManageability } from '@salesforce/types/metadata';
import { autoNumberName, customObject, field, fls, lookup, NO_FLS, picklist } from './define';
import type { FieldDefinition, FieldSpec, ObjectSpec } from './types';

/** Rules are configured by the subscriber's admins, so every rule field is subscriber-controlled. */
const SUBSCRIBER: FieldManageability = 'SubscriberControlled';

/** A field of the rule type: no FLS (custom metadata types take none), subscriber-controlled. */
function ruleField(name: string, definition: FieldDefinition): FieldSpec {
  return field(name, { fieldManageability: SUBSCRIBER, ...definition }, NO_FLS);
}

function threshold(name: string, label: string, band: string): FieldSpec {
  return ruleField(name, {
    label,
    type: 'Number',
    precision: 16,
    scale: 2,
    description: `Value of the metric at which the rule scores the account ${band}, compared with the rule's operator.`,
    inlineHelpText: `The account is ${band} when the metric compares to this value by the operator (e.g. Greater Than 2).`
  });
}

const SEVERITY = picklist(['Info', 'Warning', 'Critical'], 'Warning');

export const healthAlertRule: ObjectSpec = {
  name: 'Health_Alert_Rule__mdt',
  area: 'health',
  kind: 'customMetadata',
  definition: {
    label: 'Health Alert Rule',
    pluralLabel: 'Health Alert Rules',
    description:
      'A customer-health rule admins configure in Setup: a metric over a window, compared by an operator with green / ' +
      'yellow / red thresholds, weighted into the account health score, optionally only for a segment (tenure band, ' +
      'account type); red results raise alerts of the given severity, at most once per cooldown.',
    visibility: 'Public'
  },
  fields: [
    ruleField('Active__c', {
      label: 'Active',
      type: 'Checkbox',
      defaultValue: 'true',
      description: 'Inactive rules are not evaluated.',
      inlineHelpText: 'Uncheck to stop evaluating this rule without deleting it.'
    }),
    ruleField('Metric__c', {
      label: 'Metric',
      type: 'Picklist',
      required: true,
      description: 'What the rule measures for each account over the window.',
      inlineHelpText: 'What to measure for each account, e.g. support cases opened in the window.',
      valueSet: picklist([
        ['Cases_Opened', 'Support cases opened'],
        ['Days_Since_Engagement', 'Days since last engagement'],
        ['Engagement_Events', 'Engagement events'],
        ['Engagement_Score', 'Engagement score'],
        ['Engaged_Contacts', 'Engaged contacts'],
        ['Engaged_Contacts_Change', 'Engaged contacts vs previous window'],
        ['Course_Completion', 'Course completion (%)'],
        ['Courses_Completed', 'Courses completed'],
        ['Closed_Won_Amount', 'Closed won amount'],
        ['Closed_Won_Change', 'Closed won amount vs previous window'],
        ['Account_Field', 'Account field']
      ])
    }),
    ruleField('Metric_Field__c', {
      label: 'Metric Field',
      type: 'Text',
      length: 80,
      description:
        'For the Account Field metric: API name of the numeric Account field whose value is the metric (e.g. ' +
        'NumberOfEmployees or a custom score field).',
      inlineHelpText:
        'Account field API name, only for the Account Field metric, e.g. Entatio_Engagement_Score__c.'
    }),
    ruleField('Comparison__c', {
      label: 'Comparison',
      type: 'Picklist',
      description:
        "Fixed: the metric is compared with the thresholds. Peer Relative: the metric divided by the median of the account's " +
        'segment (same tenure band and account type) is compared, so thresholds are ratios (2 = twice the peers).',
      inlineHelpText:
        'Fixed thresholds, or relative to similar accounts (thresholds are then ratios to their median, e.g. 2 = twice).',
      valueSet: picklist(
        [
          ['Fixed', 'Fixed'],
          ['Peer_Relative', 'Peer relative']
        ],
        'Fixed'
      )
    }),
    ruleField('Window_Days__c', {
      label: 'Window (Days)',
      type: 'Number',
      precision: 4,
      scale: 0,
      description:
        'Number of days back from the evaluation the metric is measured over (e.g. 30 for "in a month"). Change ' +
        'metrics compare it with the window before. Days Since Engagement looks for the latest engagement in the ' +
        'window; an account without engagement in it has no data (it cannot go quiet).',
      inlineHelpText: 'How many days back to measure, e.g. 30.'
    }),
    ruleField('Operator__c', {
      label: 'Operator',
      type: 'Picklist',
      required: true,
      description: 'How the metric is compared with the thresholds.',
      inlineHelpText: 'How to compare the metric with the thresholds.',
      valueSet: picklist([
        ['Greater_Than', 'Greater than'],
        ['Greater_Or_Equal', 'Greater or equal'],
        ['Less_Than', 'Less than'],
        ['Less_Or_Equal', 'Less or equal']
      ])
    }),
    threshold('Green_Threshold__c', 'Green Threshold', 'green'),
    threshold('Yellow_Threshold__c', 'Yellow Threshold', 'yellow'),
    threshold('Red_Threshold__c', 'Red Threshold', 'red'),
    ruleField('Weight__c', {
      label: 'Weight',
      type: 'Number',
      precision: 5,
      scale: 2,
      description: 'Relative weight of the rule in the account health score (blank counts as 1).',
      inlineHelpText: 'How much this rule counts in the health score relative to other rules (default 1).'
    }),
    ruleField('Tenure_Band__c', {
      label: 'Tenure Band',
      type: 'Picklist',
      description:
        'Customer tenure the rule applies to, so that customers are judged against customers of the same tenure. Any: all.',
      inlineHelpText: 'Apply the rule only to customers of this tenure, or Any.',
      valueSet: picklist(
        [
          ['Any', 'Any'],
          ['New', 'New (0-6 months)'],
          ['Established', 'Established (6-24 months)'],
          ['Mature', 'Mature (over 24 months)']
        ],
        'Any'
      )
    }),
    ruleField('Min_Tenure_Days__c', {
      label: 'Minimum Tenure (Days)',
      type: 'Number',
      precision: 5,
      scale: 0,
      description:
        'Apply the rule only to accounts that have been customers (since Account Created Date) at least this many days.',
      inlineHelpText: 'Only customers older than this many days, e.g. 180. Leave blank for all.'
    }),
    ruleField('Account_Type__c', {
      label: 'Account Type',
      type: 'Text',
      length: 80,
      description: 'Account Type value the rule applies to; blank applies to every account type.',
      inlineHelpText:
        'Apply the rule only to accounts of this Type, e.g. Customer - Direct. Leave blank for all.'
    }),
    ruleField('Segment_Field__c', {
      label: 'Segment Field',
      type: 'Text',
      length: 80,
      description:
        'API name of any Account field that limits the rule to a segment, together with Segment Value (e.g. Industry).',
      inlineHelpText: 'Apply the rule only where this Account field equals Segment Value, e.g. Industry.'
    }),
    ruleField('Segment_Value__c', {
      label: 'Segment Value',
      type: 'Text',
      length: 255,
      description:
        'Value the Segment Field must have for the rule to apply (compared as text, case-insensitive).',
      inlineHelpText: 'The value of Segment Field the account must have, e.g. Banking.'
    }),
    ruleField('Severity__c', {
      label: 'Severity',
      type: 'Picklist',
      description: 'Severity of the alerts the rule raises.',
      inlineHelpText: 'How serious an alert from this rule is.',
      valueSet: SEVERITY
    }),
    ruleField('Cooldown_Days__c', {
      label: 'Cooldown (Days)',
      type: 'Number',
      precision: 4,
      scale: 0,
      description: 'Minimum days between two alerts of the rule for the same account.',
      inlineHelpText: 'Do not alert again for the same account within this many days.'
    }),
    ruleField('Action__c', {
      label: 'Action',
      type: 'Picklist',
      description:
        'What happens when the rule fires: an alert only, an alert and a notification, or an alert and a task for the account owner.',
      inlineHelpText: 'Alert only, also notify the account owner, or also create a task for them.',
      valueSet: picklist(['Alert', 'Notify', 'Task'], 'Alert')
    }),
    ruleField('Explanation_Template__c', {
      label: 'Explanation Template',
      type: 'TextArea',
      description:
        'Text explaining an alert, with placeholders {value}, {threshold}, {window} and {account}. Text Area (255) so ' +
        'that custom metadata getAll() returns it whole.',
      inlineHelpText:
        'Why the alert fired, e.g. "{account} opened {value} cases in {window} days". Placeholders: {value}, {threshold}, {window}, {account}.'
    })
  ],
  access: {
    Entatio_Admin: ['read'],
    Entatio_User: ['read']
  }
};

export const healthAlert: ObjectSpec = {
  name: 'Health_Alert__c',
  area: 'health',
  kind: 'custom',
  definition: customObject(
    { search: true, activities: true, history: true },
    {
      label: 'Health Alert',
      pluralLabel: 'Health Alerts',
      description:
        'An alert raised for an account when a health rule goes red: the value measured, the threshold, the severity and ' +
        'an explanation. CSMs acknowledge, snooze or resolve it. One open alert per account and rule (Alert Key).',
      nameField: autoNumberName('Alert Number', 'HA-{0000000}'),
      sharingModel: 'Private',
      externalSharingModel: 'Private'
    }
  ),
  fields: [
    field(
      'Account__c',
      lookup({
        label: 'Account',
        referenceTo: 'Account',
        relationshipName: 'Entatio_Health_Alerts',
        relationshipLabel: 'Health Alerts',
        required: true,
        description:
          'The account the alert is about. Required; accounts with alerts cannot be deleted until the alerts are.',
        inlineHelpText: 'The customer account this alert is about.'
      }),
      NO_FLS
    ),
    field(
      'Rule_Name__c',
      {
        label: 'Rule Name',
        type: 'Text',
        length: 80,
        description: 'DeveloperName of the Health Alert Rule that raised the alert.',
        inlineHelpText: 'API name of the rule that raised the alert.'
      },
      fls('edit', 'read')
    ),
    field(
      'Rule_Label__c',
      {
        label: 'Rule',
        type: 'Text',
        length: 255,
        description: 'Label of the rule when the alert was raised.',
        inlineHelpText: 'The rule that raised the alert.'
      },
      fls('edit', 'read')
    ),
    field(
      'Value__c',
      {
        label: 'Value',
        type: 'Number',
        precision: 16,
        scale: 2,
        description: 'Value of the rule metric measured for the account.',
        inlineHelpText: 'What was measured.'
      },
      fls('edit', 'read')
    ),
    field(
      'Threshold__c',
      {
        label: 'Threshold',
        type: 'Number',
        precision: 16,
        scale: 2,
        description: 'Threshold the value crossed.',
        inlineHelpText: 'The limit the measured value crossed.'
      },
      fls('edit', 'read')
    ),
    field(
      'Severity__c',
      {
        label: 'Severity',
        type: 'Picklist',
        description: 'Severity of the rule that raised the alert.',
        inlineHelpText: 'How serious the alert is.',
        valueSet: SEVERITY,
        trackHistory: true
      },
      fls('edit', 'read')
    ),
    field(
      'Status__c',
      {
        label: 'Status',
        type: 'Picklist',
        description: 'Open until a CSM acknowledges, snoozes (until Snoozed Until) or resolves it.',
        inlineHelpText: 'Open, Acknowledged, Snoozed (hidden until the snooze ends) or Resolved.',
        valueSet: picklist(['Open', 'Acknowledged', 'Snoozed', 'Resolved'], 'Open'),
        trackHistory: true
      },
      fls('edit', 'edit')
    ),
    field(
      'Explanation__c',
      {
        label: 'Explanation',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 5,
        description: 'Why the alert fired, in words, from the rule explanation template.',
        inlineHelpText: 'Why the alert fired.'
      },
      fls('edit', 'read')
    ),
    field(
      'Snoozed_Until__c',
      {
        label: 'Snoozed Until',
        type: 'DateTime',
        description: 'A snoozed alert reopens after this time if the rule is still red.',
        inlineHelpText: 'When a snoozed alert comes back.',
        trackHistory: true
      },
      fls('edit', 'edit')
    ),
    field(
      'Last_Fired_At__c',
      {
        label: 'Last Fired At',
        type: 'DateTime',
        description: 'When the rule last fired for the account; the rule cooldown counts from here.',
        inlineHelpText: 'When the rule last found a problem for this account.'
      },
      fls('edit', 'read')
    ),
    field(
      'Notification_Status__c',
      {
        label: 'Notification Status',
        type: 'Picklist',
        description:
          'Whether the account owner was notified: Not Required (rule action Alert), Pending (waiting for the hourly ' +
          'notification budget), Sent (own notification) or Digest (in a summary notification).',
        inlineHelpText: 'Whether and how the account owner was notified about this alert.',
        valueSet: picklist(
          [
            ['Not_Required', 'Not Required'],
            ['Pending', 'Pending'],
            ['Sent', 'Sent'],
            ['Digest', 'Digest']
          ],
          'Not_Required'
        )
      },
      fls('edit', 'read')
    ),
    field(
      'Notified_At__c',
      {
        label: 'Notified At',
        type: 'DateTime',
        description: 'When the account owner was last notified about the alert.',
        inlineHelpText: 'When the account owner was notified.'
      },
      fls('edit', 'read')
    ),
    field(
      'Notification_Group__c',
      {
        label: 'Notification Group',
        type: 'Text',
        length: 120,
        description:
          'Key of the notification that carried the alert (one per notification, shared by the alerts of a digest); ' +
          'the hourly notification budget counts distinct keys.',
        inlineHelpText: 'Set by the package.'
      },
      fls('edit', 'read')
    ),
    field(
      'Alert_Key__c',
      {
        label: 'Alert Key',
        type: 'Text',
        length: 120,
        unique: true,
        externalId: true,
        caseSensitive: false,
        description:
          'Idempotency key "<accountId>:<ruleName>": one alert per account and rule, upserted on each evaluation.',
        inlineHelpText: 'Unique key of account and rule, set by the package.'
      },
      fls('edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    // CSMs acknowledge, snooze and resolve alerts.
    Entatio_User: ['read', 'edit']
  },
  tab: { motif: 'Custom53: Bell' }
};

export const healthSnapshot: ObjectSpec = {
  name: 'Health_Snapshot__c',
  area: 'health',
  kind: 'custom',
  definition: customObject(
    { search: false },
    {
      label: 'Health Snapshot',
      pluralLabel: 'Health Snapshots',
      description:
        "An account's health score at a point in time: score 0-100, band, the per-rule breakdown that explains it, and " +
        'the trend against the previous snapshot.',
      nameField: autoNumberName('Snapshot Number', 'HS-{0000000000}'),
      sharingModel: 'Private',
      externalSharingModel: 'Private'
    }
  ),
  fields: [
    field(
      'Account__c',
      lookup({
        label: 'Account',
        referenceTo: 'Account',
        relationshipName: 'Entatio_Health_Snapshots',
        relationshipLabel: 'Health Snapshots',
        required: true,
        description:
          'The account scored. Required; accounts with snapshots cannot be deleted until the snapshots are.',
        inlineHelpText: 'The customer account scored.'
      }),
      NO_FLS
    ),
    field(
      'Evaluated_At__c',
      {
        label: 'Evaluated At',
        type: 'DateTime',
        description: 'When the score was computed.',
        inlineHelpText: 'When the score was computed.'
      },
      fls('edit', 'read')
    ),
    field(
      'Score__c',
      {
        label: 'Score',
        type: 'Number',
        precision: 5,
        scale: 2,
        description: 'Weighted health score, 0 (worst) to 100 (best).',
        inlineHelpText: 'Health score from 0 (at risk) to 100 (healthy).'
      },
      fls('edit', 'read')
    ),
    field(
      'Band__c',
      {
        label: 'Band',
        type: 'Picklist',
        description: 'Band of the score: Green, Yellow or Red.',
        inlineHelpText: 'Green (healthy), Yellow (watch) or Red (at risk).',
        valueSet: picklist(['Green', 'Yellow', 'Red'])
      },
      fls('edit', 'read')
    ),
    field(
      'Previous_Score__c',
      {
        label: 'Previous Score',
        type: 'Number',
        precision: 5,
        scale: 2,
        description: 'Score of the previous snapshot of the account.',
        inlineHelpText: 'The score before this one.'
      },
      fls('edit', 'read')
    ),
    field(
      'Trend__c',
      {
        label: 'Trend',
        type: 'Number',
        precision: 6,
        scale: 2,
        description: 'Score minus previous score: positive when health improved.',
        inlineHelpText: 'Change since the previous score; positive means healthier.'
      },
      fls('edit', 'read')
    ),
    field(
      'Is_Latest__c',
      {
        label: 'Latest',
        type: 'Checkbox',
        defaultValue: 'false',
        description:
          "Checked on the account's newest snapshot only (the evaluation unchecks the one before), so that lists read " +
          'one snapshot per account.',
        inlineHelpText: "Whether this is the account's current score."
      },
      fls('edit', 'read')
    ),
    field(
      'Top_Reason__c',
      {
        label: 'Top Reason',
        type: 'Text',
        length: 255,
        description: 'Plain-language explanation of the worst rule result (red first, then lowest points).',
        inlineHelpText: 'The main reason for the score.'
      },
      fls('edit', 'read')
    ),
    field(
      'Breakdown_JSON__c',
      {
        label: 'Breakdown',
        type: 'LongTextArea',
        length: 131072,
        visibleLines: 10,
        description:
          'Per-rule breakdown of the score as JSON (rule, metric value, band, weight, points) so every score is explainable.',
        inlineHelpText: 'How each rule contributed to the score.'
      },
      fls('edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    Entatio_User: ['read']
  },
  tab: { motif: 'Custom94: Stethoscope' }
};

/** The account's current health, written by the health evaluation; Einstein-ready flat features. */
export const accountHealthFields: ObjectSpec = {
  name: 'Account',
  area: 'health',
  kind: 'standard',
  fields: [
    field(
      'Entatio_Health_Score__c',
      {
        label: 'Health Score',
        type: 'Number',
        precision: 5,
        scale: 2,
        description:
          'Latest Entatio health score of the account, 0 (at risk) to 100 (healthy). Written by the health evaluation.',
        inlineHelpText: 'Latest customer health score from 0 (at risk) to 100 (healthy).'
      },
      fls('read', 'read')
    ),
    field(
      'Entatio_Health_Band__c',
      {
        label: 'Health Band',
        type: 'Picklist',
        description: 'Band of the latest Entatio health score.',
        inlineHelpText: 'Green (healthy), Yellow (watch) or Red (at risk).',
        valueSet: picklist(['Green', 'Yellow', 'Red'])
      },
      fls('read', 'read')
    )
  ],
  access: {}
};

export const healthObjects: ObjectSpec[] = [
  healthAlertRule,
  healthAlert,
  healthSnapshot,
  accountHealthFields
];
