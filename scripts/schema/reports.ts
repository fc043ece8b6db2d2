/**
 * Area `insights`: custom report types, the packaged reports and the dashboard that answer the product's three
 * questions. Declared here, written by `scripts/generate/reports.ts` to `force-app/main/insights/{reportTypes,
 * reports,dashboards}`; every field a report type or report names is checked against `scripts/schema` (and the
 * standard fields below) by `validateReports`, run by the generator and its test.
 *
 * 1. "Professionals of this type at this type of account engage this type of information this often":
 *    engagement events by contact title x account industry x section topic.
 * 2. "When professionals at this type of account engage this type of information, this is the trend for sales":
 *    closed-won opportunities with the engagement of the account's contacts in the 90 days before close.
 * 3. "Across our market, these are the areas and features that draw the most attention": views by section topic and
 *    section, market-wide.
 */

/** A field of a report type's layout: a field of the section's table, or `Lookup__c.Field` through a lookup. */
export interface ReportTypeFieldSpec {
  field: string;
  checkedByDefault?: boolean;
}

export interface ReportTypeSectionSpec {
  label: string;
  /** The base object, or the object of a join in the chain. */
  object: string;
  fields: (string | ReportTypeFieldSpec)[];
}

export interface ReportTypeJoinSpec {
  /** Child relationship name on the parent (e.g. `Sections__r`). */
  relationship: string;
  /** The child object the relationship leads to. */
  object: string;
  outerJoin: boolean;
}

export interface ReportTypeSpec {
  /** Developer name; reports name it as `<name>__c`. */
  name: string;
  label: string;
  description: string;
  category: 'accounts' | 'opportunities' | 'other';
  baseObject: string;
  /** Chain of joins from the base object (each one the child of the previous). */
  joins: ReportTypeJoinSpec[];
  sections: ReportTypeSectionSpec[];
}

export interface ReportSpec {
  name: string;
  label: string;
  description: string;
  reportType: string;
  format: 'Tabular' | 'Summary';
  /** Columns as `Table$Field` (report column names of custom report types). */
  columns: { field: string; aggregate?: 'Sum' | 'Average' | 'Maximum' }[];
  groupingsDown?: { field: string; sortOrder: 'Asc' | 'Desc'; dateGranularity?: 'Month' | 'Quarter' }[];
  filters?: { column: string; operator: 'equals' | 'notEqual' | 'greaterThan'; value: string }[];
  /** Time frame on a date column (`Table$Field`). */
  timeFrame?: { dateColumn: string; interval: 'INTERVAL_LAST90' | 'INTERVAL_PREVCURY' | 'INTERVAL_CURY' };
}

export interface DashboardSpec {
  name: string;
  title: string;
  description: string;
  components: {
    report: string;
    title: string;
    type: 'Bar' | 'Column' | 'Line' | 'Table' | 'Donut';
    footer: string;
  }[];
}

export const REPORT_FOLDER = { name: 'Entatio_Insights', label: 'Entatio Insights' } as const;

/** Standard lookups (relationship name -> object) report type layouts may follow: `Account.Industry`. */
export const STANDARD_REPORT_LOOKUPS: Record<string, Record<string, string>> = {
  Opportunity: { Account: 'Account', Owner: 'User' },
  Contact: { Account: 'Account' }
};

/** Standard fields the report types may name (our schema declares only the package's fields). */
export const STANDARD_REPORT_FIELDS: Record<string, string[]> = {
  Account: ['Name', 'Industry', 'Type', 'AnnualRevenue', 'NumberOfEmployees', 'BillingCountry', 'OwnerId'],
  Contact: ['Name', 'Title', 'Department', 'Email', 'AccountId'],
  Opportunity: ['Name', 'Amount', 'StageName', 'CloseDate', 'IsWon', 'IsClosed', 'Type', 'AccountId'],
  User: ['Name'],
  Course__c: ['Name'],
  Section__c: ['Name'],
  Activity__c: ['Name'],
  Engagement_Event__c: ['Name'],
  Health_Snapshot__c: ['Name', 'CreatedDate']
};

const EVENT_CORE = ['Type__c', 'Occurred_At__c', 'Dwell_Seconds__c', 'Channel__c'];

export const reportTypes: ReportTypeSpec[] = [
  {
    name: 'Entatio_Engagement_Events',
    label: 'Entatio Engagement Events with Contact, Account and Section',
    description:
      'Engagement events (views, presentations, returns, completions) with the viewing contact, their account, the ' +
      'section and its course: who, at which kind of account, engages which information, how often.',
    category: 'other',
    baseObject: 'Engagement_Event__c',
    joins: [],
    sections: [
      {
        label: 'Engagement Event',
        object: 'Engagement_Event__c',
        fields: [...EVENT_CORE.map((field) => ({ field, checkedByDefault: true })), 'Processing_Status__c']
      },
      {
        label: 'Contact',
        object: 'Engagement_Event__c',
        fields: [
          { field: 'Contact__c.Name', checkedByDefault: true },
          { field: 'Contact__c.Title', checkedByDefault: true },
          'Contact__c.Department',
          'Contact__c.Entatio_Engagement_Score__c'
        ]
      },
      {
        label: 'Account',
        object: 'Engagement_Event__c',
        fields: [
          { field: 'Account__c.Name', checkedByDefault: true },
          { field: 'Account__c.Industry', checkedByDefault: true },
          'Account__c.Type',
          'Account__c.AnnualRevenue',
          'Account__c.Entatio_Engagement_Score__c',
          'Account__c.Entatio_Health_Band__c'
        ]
      },
      {
        label: 'Section and Course',
        object: 'Engagement_Event__c',
        fields: [
          { field: 'Section__c.Title__c', checkedByDefault: true },
          { field: 'Section__c.Topic__c', checkedByDefault: true },
          'Section__c.Order__c',
          'Section__c.Media_Type__c',
          { field: 'Course__c.Name', checkedByDefault: true },
          'Course__c.Topic__c'
        ]
      }
    ]
  },
  {
    name: 'Entatio_Courses_Sections_Activities',
    label: 'Entatio Courses with Sections and Activities',
    description:
      "Courses with their sections and, where there are any, the viewers' activities on each section (state, views, " +
      'visits, dwell): what is viewed, viewed again, or still awaits a return.',
    category: 'other',
    baseObject: 'Course__c',
    joins: [
      { relationship: 'Sections__r', object: 'Section__c', outerJoin: false },
      { relationship: 'Activities__r', object: 'Activity__c', outerJoin: true }
    ],
    sections: [
      {
        label: 'Course',
        object: 'Course__c',
        fields: [
          { field: 'Name', checkedByDefault: true },
          'Status__c',
          'Topic__c',
          'Audience_Tier__c',
          'Slide_Count__c'
        ]
      },
      {
        label: 'Section',
        object: 'Section__c',
        fields: [{ field: 'Title__c', checkedByDefault: true }, 'Order__c', 'Topic__c', 'Media_Type__c']
      },
      {
        label: 'Activity',
        object: 'Activity__c',
        fields: [
          { field: 'State__c', checkedByDefault: true },
          { field: 'View_Count__c', checkedByDefault: true },
          'Visit_Count__c',
          'Total_Dwell_Seconds__c',
          'Last_Viewed_At__c',
          'Contact__c.Name',
          'Contact__c.Title',
          'Account__c.Name',
          'Account__c.Industry'
        ]
      }
    ]
  },
  {
    name: 'Entatio_Opportunities_Engagement',
    label: 'Entatio Opportunities with Engagement',
    description:
      "Opportunities with the engagement of the account's contacts in the 90 days before close and the account's " +
      'engagement features: how engagement trends with sales.',
    category: 'opportunities',
    baseObject: 'Opportunity',
    joins: [],
    sections: [
      {
        label: 'Opportunity',
        object: 'Opportunity',
        fields: [
          { field: 'Name', checkedByDefault: true },
          { field: 'Amount', checkedByDefault: true },
          { field: 'CloseDate', checkedByDefault: true },
          'StageName',
          'IsWon',
          'Type',
          { field: 'Entatio_Engagement_Before_Close__c', checkedByDefault: true }
        ]
      },
      {
        label: 'Account',
        object: 'Opportunity',
        fields: [
          'Account.Name',
          'Account.Industry',
          'Account.Type',
          'Account.Entatio_Engagement_Score__c',
          'Account.Entatio_Engaged_Contacts_90d__c',
          'Account.Entatio_Courses_Completed__c'
        ]
      }
    ]
  },
  {
    name: 'Entatio_Accounts_Health',
    label: 'Entatio Accounts with Health Snapshots',
    description:
      'Accounts with their engagement features and their health snapshots over time (score, band, trend): how ' +
      'engagement and customer health move together.',
    category: 'accounts',
    baseObject: 'Account',
    joins: [{ relationship: 'Entatio_Health_Snapshots__r', object: 'Health_Snapshot__c', outerJoin: true }],
    sections: [
      {
        label: 'Account',
        object: 'Account',
        fields: [
          { field: 'Name', checkedByDefault: true },
          'Industry',
          'Type',
          'Entatio_Engagement_Score__c',
          'Entatio_Last_Engaged_At__c',
          'Entatio_Engaged_Contacts_90d__c',
          'Entatio_Courses_Completed__c',
          'Entatio_Health_Score__c',
          'Entatio_Health_Band__c'
        ]
      },
      {
        label: 'Health Snapshot',
        object: 'Health_Snapshot__c',
        fields: [
          { field: 'Evaluated_At__c', checkedByDefault: true },
          { field: 'Score__c', checkedByDefault: true },
          'Band__c',
          'Trend__c',
          'Previous_Score__c'
        ]
      }
    ]
  }
];

export const reports: ReportSpec[] = [
  {
    name: 'Entatio_Engagement_By_Role_Industry_Topic',
    label: 'Engagement by Role, Industry and Topic',
    description:
      'Question 1: professionals of this type (contact title) at this type of account (industry) engage this type ' +
      'of information (section topic) this often. Views, presentations and returns in the last 90 days.',
    reportType: 'Entatio_Engagement_Events__c',
    format: 'Summary',
    columns: [
      { field: 'Engagement_Event__c$Type__c' },
      { field: 'Engagement_Event__c$Dwell_Seconds__c', aggregate: 'Sum' },
      { field: 'Engagement_Event__c$Contact__c.Name' },
      { field: 'Engagement_Event__c$Section__c.Title__c' }
    ],
    groupingsDown: [
      { field: 'Engagement_Event__c$Contact__c.Title', sortOrder: 'Asc' },
      { field: 'Engagement_Event__c$Account__c.Industry', sortOrder: 'Asc' },
      { field: 'Engagement_Event__c$Section__c.Topic__c', sortOrder: 'Asc' }
    ],
    filters: [{ column: 'Engagement_Event__c$Type__c', operator: 'equals', value: 'View,Present,Return' }],
    timeFrame: { dateColumn: 'Engagement_Event__c$Occurred_At__c', interval: 'INTERVAL_LAST90' }
  },
  {
    name: 'Entatio_Engagement_Before_Close_Vs_Amount',
    label: 'Engagement Before Close vs Amount',
    description:
      'Question 2: closed-won opportunities by account industry and close quarter, with the engagement of the ' +
      "account's contacts in the 90 days before close next to the amount won (this calendar year and the previous one).",
    reportType: 'Entatio_Opportunities_Engagement__c',
    format: 'Summary',
    columns: [
      { field: 'Opportunity$Name' },
      { field: 'Opportunity$Amount', aggregate: 'Sum' },
      { field: 'Opportunity$Entatio_Engagement_Before_Close__c', aggregate: 'Average' }
    ],
    groupingsDown: [
      { field: 'Opportunity$Account.Industry', sortOrder: 'Asc' },
      { field: 'Opportunity$CloseDate', sortOrder: 'Asc', dateGranularity: 'Quarter' }
    ],
    filters: [{ column: 'Opportunity$IsWon', operator: 'equals', value: '1' }],
    timeFrame: { dateColumn: 'Opportunity$CloseDate', interval: 'INTERVAL_PREVCURY' }
  },
  {
    name: 'Entatio_Top_Topics_And_Sections',
    label: 'Top Topics and Sections Market-Wide',
    description:
      'Question 3: across the market, the topics and sections (features) that draw the most views, presentations ' +
      'and returns in the last 90 days.',
    reportType: 'Entatio_Engagement_Events__c',
    format: 'Summary',
    columns: [
      { field: 'Engagement_Event__c$Account__c.Name' },
      { field: 'Engagement_Event__c$Dwell_Seconds__c', aggregate: 'Sum' }
    ],
    groupingsDown: [
      { field: 'Engagement_Event__c$Section__c.Topic__c', sortOrder: 'Desc' },
      { field: 'Engagement_Event__c$Section__c.Title__c', sortOrder: 'Desc' }
    ],
    filters: [{ column: 'Engagement_Event__c$Type__c', operator: 'equals', value: 'View,Present,Return' }],
    timeFrame: { dateColumn: 'Engagement_Event__c$Occurred_At__c', interval: 'INTERVAL_LAST90' }
  }
];

export const dashboards: DashboardSpec[] = [
  {
    name: 'Entatio_Engagement_Insights',
    title: 'Entatio Engagement Insights',
    description:
      'Who engages with what, how engagement trends with sales, and what draws attention market-wide.',
    components: [
      {
        report: 'Entatio_Engagement_By_Role_Industry_Topic',
        title: 'Engagement by role, industry and topic',
        type: 'Bar',
        footer: 'Views in the last 90 days by contact title'
      },
      {
        report: 'Entatio_Engagement_Before_Close_Vs_Amount',
        title: 'Engagement before close vs amount won',
        type: 'Column',
        footer: 'Closed won this year and last, by industry'
      },
      {
        report: 'Entatio_Top_Topics_And_Sections',
        title: 'Top topics market-wide',
        type: 'Donut',
        footer: 'Views in the last 90 days by section topic'
      }
    ]
  }
];
