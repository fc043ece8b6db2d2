/**
 * The workbench's pages and its router: which places users meet the product, which regions each page has
 * for the package's components, and how a `#/...` hash maps to a page. Pure TypeScript without DOM or Node
 * APIs, shared by the browser shell (bundled), the server (index data), the browser tests and the bench.
 *
 * Routes:
 *   #/                          index: every page and sample records
 *   #/account                   object home (list of sample records); also #/contact, #/course
 *   #/account/<id>[/<tab>]      record page; tab is one of the page's tab values (default: the first),
 *                               e.g. #/course/<id>/present
 *   #/health  #/insights  #/rules  #/audiences
 */

export type PageId =
  'index' | 'account' | 'contact' | 'course' | 'health' | 'insights' | 'rules' | 'audiences';
export type RecordPageId = 'account' | 'contact' | 'course';

/** A place on a page where a package component lives (or will, once its feature lands). */
export interface RegionSpec {
  /** Stable id, used as `data-region` in the DOM and in tests. */
  id: string;
  /** Heading of the card that holds the region. */
  label: string;
  /** The feature that brings this region's component, named as in its issue. */
  feature: string;
  /** What the component will do here, in one sentence (shown until it lands). */
  purpose: string;
}

export interface TabSpec {
  value: string;
  label: string;
  /** Regions shown on this tab; the Details tab has none (it shows the record's fields). */
  regions: RegionSpec[];
}

interface PageBase {
  id: PageId;
  /** Navigation label in the app nav bar. */
  label: string;
  /** Page title (record pages: the object label; the record name is shown by the page). */
  title: string;
  /** SLDS icon of the page or its object, e.g. `standard:account`. */
  iconName: string;
  /** Where users meet this page in Salesforce. */
  where: string;
}

export interface RecordPageSpec extends PageBase {
  kind: 'record';
  id: RecordPageId;
  objectApiName: string;
  /** Plural label for the object home (list view). */
  pluralLabel: string;
  tabs: TabSpec[];
}

export interface AppPageSpec extends PageBase {
  kind: 'app';
  /** Line above the title, like Lightning's page header (e.g. "Entatio" or "Setup"). */
  context: string;
  regions: RegionSpec[];
}

export interface IndexPageSpec extends PageBase {
  kind: 'index';
}

export type PageSpec = RecordPageSpec | AppPageSpec | IndexPageSpec;

const details: TabSpec = { value: 'details', label: 'Details', regions: [] };

export const PAGES: readonly PageSpec[] = [
  {
    id: 'index',
    kind: 'index',
    label: 'Home',
    title: 'Entatio Workbench',
    iconName: 'standard:home',
    where: 'Every page of the workbench and the sample records behind them.'
  },
  {
    id: 'account',
    kind: 'record',
    label: 'Accounts',
    title: 'Account',
    pluralLabel: 'Accounts',
    objectApiName: 'Account',
    iconName: 'standard:account',
    where:
      'Account record page: customer success managers read engagement (Engagement tab) and present live to the account (Present tab).',
    tabs: [
      {
        value: 'engagement',
        label: 'Engagement',
        regions: [
          {
            id: 'account-engagement',
            label: 'Engagement',
            feature: 'Engagement panel',
            purpose:
              "Which of this account's professionals engaged which courses and topics, how often, and how it trends."
          }
        ]
      },
      {
        value: 'present',
        label: 'Present',
        regions: [
          {
            id: 'account-presenter',
            label: 'Present a course',
            feature: 'Presenting live',
            purpose:
              "Pick a course and the account's contacts, present live, and record what each attendee was shown."
          }
        ]
      },
      details
    ]
  },
  {
    id: 'contact',
    kind: 'record',
    label: 'Contacts',
    title: 'Contact',
    pluralLabel: 'Contacts',
    objectApiName: 'Contact',
    iconName: 'standard:contact',
    where: 'Contact record page, Engagement tab.',
    tabs: [
      {
        value: 'engagement',
        label: 'Engagement',
        regions: [
          {
            id: 'contact-engagement',
            label: 'Engagement',
            feature: 'Engagement panel',
            purpose: 'The courses and slides this contact viewed, returned to and completed.'
          }
        ]
      },
      details
    ]
  },
  {
    id: 'course',
    kind: 'record',
    label: 'Courses',
    title: 'Course',
    pluralLabel: 'Courses',
    objectApiName: 'Course__c',
    iconName: 'custom:custom84',
    where:
      'Course record page: build the deck and view it on demand (Slides tab), present it live or follow along (Present tab), see journeys through it (Journeys tab).',
    tabs: [
      {
        value: 'slides',
        label: 'Slides',
        regions: [
          {
            id: 'course-builder',
            label: 'Course builder',
            feature: 'Course builder',
            purpose: 'Upload a deck and arrange its slides (sections): order, titles, topics and media.'
          },
          {
            id: 'course-viewer',
            label: 'Slide viewer',
            feature: 'Slide viewer',
            purpose: 'View the course on demand, one slide at a time, with engagement tracked.'
          }
        ]
      },
      {
        value: 'present',
        label: 'Present',
        regions: [
          {
            id: 'course-presenter',
            label: 'Presenter',
            feature: 'Presenting live',
            purpose:
              'Present this course to an audience: presenter view, clicker keys, blank screen, session summary.'
          },
          {
            id: 'course-follow-along',
            label: 'Follow along',
            feature: 'Presenting live',
            purpose: "Join a live session with its code: the slide follows the presenter's."
          }
        ]
      },
      {
        value: 'journeys',
        label: 'Journeys',
        regions: [
          {
            id: 'course-journey',
            label: 'Journeys through this course',
            feature: 'Insights',
            purpose:
              'Where viewers go next from each slide, how likely they reach the end, and where they drop off.'
          }
        ]
      },
      details
    ]
  },
  {
    id: 'health',
    kind: 'app',
    label: 'Customer Health',
    title: 'Customer Health Monitor',
    context: 'Entatio',
    iconName: 'standard:account_score',
    where: 'Customer Health Monitor app page: accounts by health score, managed by exception.',
    regions: [
      {
        id: 'health-monitor',
        label: 'Customer health',
        feature: 'Customer Health Monitor',
        purpose:
          'Every account scored and explained, open alerts first, judged against customers of the same tenure.'
      }
    ]
  },
  {
    id: 'insights',
    kind: 'app',
    label: 'Insights',
    title: 'Entatio Insights',
    context: 'Entatio',
    iconName: 'standard:dashboard',
    where: 'Insights app page: journeys through decks, drop-off, segment by topic, engagement and revenue.',
    regions: [
      {
        id: 'insights',
        label: 'Insights',
        feature: 'Insights',
        purpose:
          'Journeys through a deck, drop-off, segment × topic engagement and engagement → revenue lift.'
      }
    ]
  },
  {
    id: 'rules',
    kind: 'app',
    label: 'Health Rules',
    title: 'Health Alert Rules',
    context: 'Setup',
    iconName: 'standard:custom_notification',
    where: 'Setup: the admin console for health-alert rules (custom metadata).',
    regions: [
      {
        id: 'rule-console',
        label: 'Health alert rules',
        feature: 'Rule console',
        purpose:
          'Configure health-alert rules: metric, window, thresholds, weight, segment, severity and action.'
      }
    ]
  },
  {
    id: 'audiences',
    kind: 'app',
    label: 'Audiences',
    title: 'Audiences',
    context: 'Entatio',
    iconName: 'standard:groups',
    where:
      'Audiences app page: sharing groups, their members and courses, and inviting people; a site sign-up form.',
    regions: [
      {
        id: 'audience-manager',
        label: 'Sharing groups',
        feature: 'Audiences and access',
        purpose:
          'Internal and customer audiences: members, courses, approvals and the invite wizard (accounts, campaigns, pasted emails).'
      },
      {
        id: 'audience-sign-up',
        label: 'Sign-up form (Experience Cloud site, as a guest sees it)',
        feature: 'Sign-up form',
        purpose:
          'Visitors sign up to a customer group with their work email: allowed domains join or wait for approval.'
      }
    ]
  }
];

export function pageById(id: PageId): PageSpec {
  const page = PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`No workbench page "${id}"`);
  return page;
}

export function recordPages(): RecordPageSpec[] {
  return PAGES.filter((p): p is RecordPageSpec => p.kind === 'record');
}

/** The record page for an object API name (case-insensitive), if the workbench has one. */
export function recordPageFor(objectApiName: string): RecordPageSpec | undefined {
  const lower = objectApiName.toLowerCase();
  return recordPages().find((p) => p.objectApiName.toLowerCase() === lower);
}

/** Every region of a page, across its tabs. */
export function regionsOf(page: PageSpec): RegionSpec[] {
  if (page.kind === 'record') return page.tabs.flatMap((t) => t.regions);
  if (page.kind === 'app') return page.regions;
  return [];
}

export function findRegion(regionId: string): { page: PageSpec; region: RegionSpec } | undefined {
  for (const page of PAGES) {
    const region = regionsOf(page).find((r) => r.id === regionId);
    if (region) return { page, region };
  }
  return undefined;
}

/** Where the router is: a page, and for record pages a record and a tab. */
export interface Route {
  page: PageId;
  recordId?: string;
  tab?: string;
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** Parses `location.hash` (with or without the leading `#`). Unknown routes give `undefined`. */
export function parseRoute(hash: string): Route | undefined {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '' || path === 'index') return { page: 'index' };
  const [first, recordId, tab, ...rest] = path.split('/').map((part) => decodeURIComponent(part));
  const page = PAGES.find((p) => p.id === first);
  if (!page || page.id === 'index' || rest.length) return undefined;
  if (page.kind !== 'record') return recordId === undefined ? { page: page.id } : undefined;
  if (recordId === undefined) return { page: page.id };
  if (!SALESFORCE_ID.test(recordId)) return undefined;
  if (tab === undefined) return { page: page.id, recordId };
  return page.tabs.some((t) => t.value === tab) ? { page: page.id, recordId, tab } : undefined;
}

/** The hash for a route: `#/account/001.../details`. Inverse of {@link parseRoute}. */
export function formatRoute(route: Route): string {
  if (route.page === 'index') return '#/';
  const parts: string[] = [route.page];
  if (route.recordId) {
    parts.push(encodeURIComponent(route.recordId));
    if (route.tab) parts.push(encodeURIComponent(route.tab));
  }
  return '#/' + parts.join('/');
}

/**
 * The `href` of a link to a route: `/#/account/...`. Links never start with `#`, because LWC rewrites
 * fragment hrefs inside templates (synthetic shadow scopes ids), which would break the router.
 */
export function routeHref(route: Route): string {
  return '/' + formatRoute(route);
}

/** The tab of a record page that holds a region, if the page has the region. */
export function tabOfRegion(page: RecordPageSpec, regionId: string): string | undefined {
  return page.tabs.find((t) => t.regions.some((r) => r.id === regionId))?.value;
}

/** The tab a record route shows: the route's own, or the page's first. */
export function activeTab(page: RecordPageSpec, route: Route): string {
  return route.tab && page.tabs.some((t) => t.value === route.tab) ? route.tab : page.tabs[0]!.value;
}

/** Name of the `performance.mark` the shell sets when a page has rendered (the bench measures it). */
export const RENDERED_MARK = 'wb:page-rendered';
