/** Static vocabulary of the sample dataset: courses, titles and roles, names. Pure data, no randomness. */
import type { RoleGroup } from './types';

export interface CourseSpec {
  /** Stable short key used in code and pattern parameters. */
  key: string;
  name: string;
  topic: string;
  sections: number;
  /** Relative popularity for on-demand viewing. */
  popularity: number;
  description: string;
  /** Chapters the section titles are built from (in order). */
  chapters: string[];
  /** Sections (by order) that carry another topic than the course's. */
  crossTopics?: Record<number, string>;
}

export const COURSES: CourseSpec[] = [
  {
    key: 'onboarding',
    name: 'Onboarding 101',
    topic: 'Onboarding',
    sections: 18,
    popularity: 1.2,
    description:
      'Your first weeks with the platform: accounts, navigation, first configuration and where to get help.',
    chapters: [
      'Your team and your success plan',
      'Signing in and navigation',
      'Your first workspace',
      'Getting help'
    ]
  },
  {
    key: 'admin',
    name: 'Admin Essentials',
    topic: 'Administration',
    sections: 32,
    popularity: 1,
    description:
      'Users, profiles, permission sets, sharing and the everyday tasks of a platform administrator.',
    chapters: [
      'Users and licences',
      'Profiles and permission sets',
      'Sharing and visibility',
      'Audit and monitoring'
    ],
    crossTopics: { 12: 'Security' }
  },
  {
    key: 'security',
    name: 'Security Fundamentals',
    topic: 'Security',
    sections: 24,
    popularity: 0.8,
    description: 'Identity, single sign-on, MFA, encryption and the shared responsibility model.',
    chapters: ['Identity and single sign-on', 'Multi-factor authentication', 'Encryption', 'Threat detection']
  },
  {
    key: 'upgrade',
    name: 'Platform 5.0 Upgrade',
    topic: 'Upgrade',
    sections: 28,
    popularity: 1.3,
    description:
      'Everything that changes in 5.0, how to test it in a sandbox and how to upgrade without surprises.',
    chapters: [
      "What's new in 5.0",
      'Breaking changes',
      'Sandbox testing',
      'The upgrade runbook',
      'After the upgrade'
    ],
    crossTopics: { 9: 'Security' }
  },
  {
    key: 'analytics',
    name: 'Analytics Deep Dive',
    topic: 'Analytics',
    sections: 45,
    popularity: 1,
    description: 'Reports, dashboards, the analytics data model and building metrics your leadership trusts.',
    chapters: ['Reports', 'The analytics data model', 'Dashboards', 'Calculated metrics', 'Sharing insights']
  },
  {
    key: 'api',
    name: 'API & Integrations',
    topic: 'Integration',
    sections: 38,
    popularity: 0.8,
    description: 'REST and bulk APIs, webhooks, connected apps and integration patterns that scale.',
    chapters: [
      'REST API',
      'Bulk API',
      'Webhooks and events',
      'Connected apps and OAuth',
      'Integration patterns'
    ],
    crossTopics: { 25: 'Security' }
  },
  {
    key: 'mobile',
    name: 'Mobile Workforce',
    topic: 'Mobile',
    sections: 14,
    popularity: 0.8,
    description: 'The mobile app for field teams: offline work, notifications and mobile-friendly layouts.',
    chapters: ['The mobile app', 'Working offline', 'Notifications']
  },
  {
    key: 'automation',
    name: 'Automation with Flows',
    topic: 'Automation',
    sections: 30,
    popularity: 1,
    description: 'Automate approvals, reminders and record updates with flows, and keep them maintainable.',
    chapters: [
      'Flow basics',
      'Record-triggered flows',
      'Scheduled flows',
      'Approvals',
      'Testing and debugging flows'
    ]
  },
  {
    key: 'data',
    name: 'Data Quality & Governance',
    topic: 'Data Governance',
    sections: 22,
    popularity: 0.7,
    description: 'Duplicate management, validation, data ownership and retention policies.',
    chapters: ['Duplicate management', 'Validation rules', 'Data ownership', 'Retention and archiving']
  },
  {
    key: 'value',
    name: 'Executive Value Review',
    topic: 'Business Value',
    sections: 10,
    popularity: 0.5,
    description: 'Adoption, outcomes and the roadmap: the quarterly review for executive sponsors.',
    chapters: ['Adoption and outcomes', 'Roadmap']
  },
  {
    key: 'billing',
    name: 'Billing & Licensing',
    topic: 'Billing',
    sections: 12,
    popularity: 0.5,
    description: 'Editions, licence types, invoices and how usage-based billing is calculated.',
    chapters: ['Editions and licences', 'Invoices', 'Usage-based billing']
  },
  {
    key: 'ai',
    name: 'AI Assistants in Practice',
    topic: 'AI',
    sections: 60,
    popularity: 1.1,
    description: 'Putting AI assistants to work: prompts, grounding in your data, trust and measuring value.',
    chapters: [
      'What AI assistants can do',
      'Writing good prompts',
      'Grounding in your data',
      'Trust and guardrails',
      'Assistants for service teams',
      'Assistants for sales teams',
      'Measuring value'
    ]
  }
];

/** Kinds of section inside a chapter, cycled to build titles like "Sharing and visibility: best practices". */
export const SECTION_ASPECTS = [
  'overview',
  'key concepts',
  'walkthrough',
  'demo',
  'best practices',
  'common pitfalls',
  'checklist',
  'knowledge check'
];

/** The planted drop-off slide's title: a dense reference slide that loses viewers. */
export const DROP_OFF_TITLE = 'Reports: the complete field reference';

/** Titles by role group. `roleGroupOfTitle` maps every title back to its group. */
export const ROLE_TITLES: Record<RoleGroup, { department: string; titles: string[] }> = {
  Executive: {
    department: 'Executive',
    titles: [
      'Chief Executive Officer',
      'Chief Technology Officer',
      'Chief Information Officer',
      'VP of Operations'
    ]
  },
  Manager: {
    department: 'Management',
    titles: ['Sales Manager', 'Support Manager', 'Operations Manager', 'Customer Service Manager']
  },
  'IT Admin': {
    department: 'IT',
    titles: ['IT Administrator', 'Systems Administrator', 'Platform Administrator', 'IT Manager']
  },
  Developer: {
    department: 'Engineering',
    titles: ['Software Engineer', 'Senior Developer', 'Integration Engineer', 'Solutions Architect']
  },
  Finance: {
    department: 'Finance',
    titles: ['Chief Financial Officer', 'Controller', 'Finance Manager', 'Financial Analyst']
  },
  'End User': {
    department: 'Operations',
    titles: [
      'Sales Representative',
      'Support Agent',
      'Operations Specialist',
      'Account Coordinator',
      'Marketing Specialist',
      'Business Analyst'
    ]
  }
};

/** Share of contacts per role group. */
export const ROLE_WEIGHTS: [RoleGroup, number][] = [
  ['Executive', 8],
  ['Manager', 15],
  ['IT Admin', 14],
  ['Developer', 13],
  ['Finance', 8],
  ['End User', 42]
];

const TITLE_TO_ROLE = new Map<string, RoleGroup>(
  (Object.keys(ROLE_TITLES) as RoleGroup[]).flatMap((role) =>
    ROLE_TITLES[role].titles.map((t) => [t, role] as const)
  )
);

/** The role group of a contact title from `ROLE_TITLES` (exact match); undefined for any other title. */
export function roleGroupOfTitle(title: string): RoleGroup | undefined {
  return TITLE_TO_ROLE.get(title);
}

export const INDUSTRIES: [string, number][] = [
  ['Technology', 14],
  ['Finance', 10],
  ['Healthcare', 10],
  ['Manufacturing', 10],
  ['Retail', 8],
  ['Insurance', 6],
  ['Telecommunications', 5],
  ['Education', 5],
  ['Energy', 5],
  ['Government', 4],
  ['Media', 4],
  ['Transportation', 4],
  ['Consulting', 4],
  ['Hospitality', 3],
  ['Not For Profit', 3]
];

export const ACCOUNT_TYPES: [string, number][] = [
  ['Customer - Direct', 60],
  ['Customer - Channel', 25],
  ['Channel Partner / Reseller', 8],
  ['Technology Partner', 7]
];

export const COUNTRIES: [string, number][] = [
  ['United States', 45],
  ['United Kingdom', 10],
  ['Germany', 10],
  ['France', 7],
  ['Canada', 7],
  ['Netherlands', 5],
  ['Australia', 6],
  ['Japan', 5],
  ['Brazil', 5]
];

// prettier-ignore
export const NAME_STARTS = [
  'North', 'Blue', 'Silver', 'Iron', 'Bright', 'Clear', 'Cedar', 'Summit', 'Harbor', 'River',
  'Stone', 'Oak', 'Pine', 'Maple', 'Falcon', 'Red', 'Green', 'Gold', 'Star', 'Sun',
  'Lake', 'Ocean', 'Prairie', 'Granite', 'Copper', 'Crystal', 'Swift', 'True', 'High', 'West'
];

// prettier-ignore
export const NAME_ENDS = [
  'wind', 'field', 'bridge', 'gate', 'point', 'line', 'wave', 'works', 'path', 'crest',
  'view', 'ridge', 'brook', 'forge', 'light', 'peak', 'core', 'sight', 'vale', 'haven'
];

export const NAME_SUFFIXES: Record<string, string[]> = {
  Technology: ['Systems', 'Software', 'Labs', 'Technologies'],
  Finance: ['Capital', 'Financial', 'Partners'],
  Healthcare: ['Health', 'Medical', 'Care'],
  Manufacturing: ['Industries', 'Manufacturing', 'Components'],
  Retail: ['Retail', 'Stores', 'Goods'],
  Insurance: ['Insurance', 'Assurance', 'Mutual'],
  Telecommunications: ['Telecom', 'Networks', 'Communications'],
  Education: ['Academy', 'Learning', 'College'],
  Energy: ['Energy', 'Power', 'Utilities'],
  Government: ['County', 'Agency', 'Authority'],
  Media: ['Media', 'Studios', 'Publishing'],
  Transportation: ['Logistics', 'Freight', 'Transport'],
  Consulting: ['Consulting', 'Advisors', 'Group'],
  Hospitality: ['Hotels', 'Resorts', 'Hospitality'],
  'Not For Profit': ['Foundation', 'Trust', 'Alliance']
};

// prettier-ignore
export const FIRST_NAMES = [
  'Aisha', 'Alex', 'Amelia', 'Ana', 'Andre', 'Arjun', 'Ben', 'Carla', 'Chen', 'Chloe',
  'Daniel', 'David', 'Diego', 'Elena', 'Emma', 'Fatima', 'Felix', 'Grace', 'Hana', 'Hugo',
  'Ines', 'Isaac', 'Jack', 'James', 'Jana', 'Julia', 'Kai', 'Karin', 'Kenji', 'Laura',
  'Leo', 'Lina', 'Lucas', 'Maria', 'Mateo', 'Maya', 'Mei', 'Mia', 'Nadia', 'Noah',
  'Nora', 'Oliver', 'Omar', 'Paula', 'Priya', 'Rafael', 'Ravi', 'Rosa', 'Sam', 'Sara',
  'Sofia', 'Tariq', 'Tom', 'Valeria', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zoe', 'Zhang'
];

// prettier-ignore
export const LAST_NAMES = [
  'Adams', 'Ahmed', 'Alvarez', 'Andersen', 'Baker', 'Banerjee', 'Becker', 'Bianchi', 'Brown', 'Campbell',
  'Chen', 'Clarke', 'Costa', 'Cruz', 'Dubois', 'Edwards', 'Evans', 'Fischer', 'Garcia', 'Gupta',
  'Hansen', 'Hoffmann', 'Hughes', 'Ito', 'Jansen', 'Johnson', 'Kim', 'Kowalski', 'Kumar', 'Larsen',
  'Lee', 'Lopez', 'Martin', 'Meyer', 'Miller', 'Moreau', 'Murphy', 'Nakamura', 'Nguyen', 'Novak',
  'Okafor', 'Olsen', 'Park', 'Patel', 'Perez', 'Petrov', 'Quinn', 'Reyes', 'Rossi', 'Santos',
  'Schmidt', 'Silva', 'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor', 'Thomas', 'Vogel', 'Walker',
  'Wang', 'Weber', 'Williams', 'Wilson', 'Wong', 'Yamamoto', 'Young', 'Zimmermann'
];

export const CASE_SUBJECTS: Record<string, string[]> = {
  Question: [
    'How do I export a report to CSV?',
    'Question about permission set groups',
    'Where can I change the default currency?',
    'How to schedule a dashboard refresh',
    'Best way to bulk-update records?'
  ],
  Problem: [
    'Users cannot log in with SSO',
    'Dashboard shows stale data',
    'Flow fails with an unhandled fault',
    'Integration user hits API limit',
    'Emails are not being delivered',
    'Page loads slowly for field users'
  ],
  'Feature Request': [
    'Request: dark mode for the mobile app',
    'Request: more granular audit log',
    'Request: custom fields on usage report'
  ],
  'Upgrade / Version': [
    'Errors after upgrading to 5.0',
    'Deprecated API version no longer works',
    'Custom layout broken after 5.0 upgrade',
    'Which version is our sandbox on?',
    'Integration fails after release update',
    'Upgrade to 5.0 stuck in pending state'
  ]
};

export const OPPORTUNITY_NAMES = [
  'Renewal',
  'Additional seats',
  'Analytics add-on',
  'Premier Success plan',
  'API capacity',
  'Platform 5.0 services',
  'New business unit'
];

export const OPEN_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Proposal/Price Quote',
  'Negotiation/Review'
];
