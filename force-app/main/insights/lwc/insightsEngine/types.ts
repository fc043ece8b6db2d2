/* eslint-disable no-restricted-globals -- type members named `name`/`top`: the LWC config's Babel parser takes them for the browser globals */
/**
 * The insights engine's contract: the aggregates it reads (what Apex computes with constant `GROUP BY`
 * queries, and `aggregateDataset` computes from a sample-data file) and the result it returns.
 *
 * Input rules, so the same rows come from SOQL at any volume:
 * - every number is a `COUNT(Id)` of one group (no SUM/MAX/COUNT_DISTINCT over events);
 * - "recent" counts are the same count restricted to the last `recentDays` days before `asOf`
 *   (a second query with `Occurred_At__c >= :recentFrom`); the engine takes earlier = total − recent;
 * - counts are additive: partial results (e.g. per batch of accounts) may be summed row by row;
 * - ids are Salesforce ids; names and titles are shown as given (the UI escapes them).
 */

/** `YYYY-MM-DD` (UTC). */
export type IsoDate = string;
/** `YYYY-MM` (UTC). */
export type IsoMonth = string;

// ---------------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------------

/** The analysed period: [periodStart, asOf), and the trailing window that counts as "recent". */
export interface InsightsPeriod {
  /** First day of the analysed period (inclusive). */
  periodStart: IsoDate;
  /** End of the analysed period (exclusive): normally today. */
  asOf: IsoDate;
  /** Length of the recent window at the end of the period, in days (default 30). */
  recentDays: number;
}

export interface CourseRow {
  id: string;
  name: string;
  topic: string;
}

export interface SectionRow {
  id: string;
  courseId: string;
  /** 1-based position in the course. */
  order: number;
  title: string;
  topic: string;
}

/**
 * Self-paced section-to-section steps of one course: `COUNT(Id)` of view events (View, Return; channel not Live)
 * `GROUP BY Previous_Section__c, Section__c`. `fromSectionId` null = the first view of a visit.
 * Live presentations are left out: their path is the presenter's, not the viewer's.
 */
export interface TransitionRow {
  fromSectionId: string | null;
  toSectionId: string;
  count: number;
  /** The same count over the recent window only. */
  recentCount: number;
}

/** What the journey of one course is computed from (`analyzeJourney`). */
export interface CourseJourneyInput extends InsightsPeriod {
  course: CourseRow;
  /** Every section of the course (also those nobody viewed). */
  sections: SectionRow[];
  transitions: TransitionRow[];
  /** `Complete` events of the course (a viewer reached the last section for the first time). */
  completions: number;
  /** Distinct viewers of the course (e.g. from Activity__c), when known: completion rate = completions / viewers. */
  viewers?: number;
}

/** Contacts per segment: `COUNT(Id) FROM Contact GROUP BY Title, Account.Type, Account.Industry`. */
export interface PopulationRow {
  /** Contact title as entered ('' when blank); the engine maps it to a role group (`roleGroupOfTitle`). */
  title: string;
  accountType: string;
  industry: string;
  contacts: number;
}

/**
 * Contact engagement per segment and topic: `COUNT(Id)` of view events (View, Present, Return) with a contact,
 * `GROUP BY Contact__r.Title, Account__r.Type, Account__r.Industry, Section__r.Topic__c`; `visits` the same
 * with `Previous_Section__c = null` (first view of a visit).
 */
export interface SegmentRow {
  title: string;
  accountType: string;
  industry: string;
  topic: string;
  events: number;
  visits: number;
  recentEvents: number;
  recentVisits: number;
}

/** View events per topic across all accounts (all channels): `GROUP BY Section__r.Topic__c`. */
export interface TopicRow {
  topic: string;
  events: number;
  /** First views of a visit (`Previous_Section__c = null`): the unit for trend tests. */
  visits: number;
  recentEvents: number;
  recentVisits: number;
}

/** Optional monthly series for charts: `GROUP BY Section__r.Topic__c, CALENDAR_YEAR(..), CALENDAR_MONTH(..)`. */
export interface TopicMonthRow {
  topic: string;
  month: IsoMonth;
  events: number;
  visits: number;
}

/** View events per section across all accounts and channels: `GROUP BY Section__c`. */
export interface SectionViewRow {
  sectionId: string;
  events: number;
  recentEvents: number;
}

/** One customer account with its engagement over the period (`GROUP BY Account__c` + Account fields). */
export interface AccountRow {
  id: string;
  name: string;
  type: string;
  industry: string;
  /** NumberOfEmployees: comparable accounts are matched on size band (SMB < 200, Mid-Market < 2,000). */
  employees?: number;
  /** View events by the account's contacts in the period. */
  events: number;
  /** First views of a visit in the period. */
  visits: number;
  recentVisits: number;
  /** Latest engagement (Account.Entatio_Last_Engaged_At__c), ISO date-time. */
  lastEngagedAt?: string;
}

/** View events per account and topic in the period: `GROUP BY Account__c, Section__r.Topic__c`. */
export interface AccountTopicRow {
  accountId: string;
  topic: string;
  events: number;
}

/** A closed opportunity (Id-less): `FROM Opportunity WHERE IsClosed = true AND CloseDate in the period`. */
export interface OpportunityRow {
  accountId: string;
  closeDate: IsoDate;
  amount: number;
  won: boolean;
  /**
   * Opportunity.Entatio_Engagement_Before_Close__c (view events by the account's contacts in the 90 days before
   * close). When absent, the account's events in the period stand in (and the result says so).
   */
  engagementBeforeClose?: number;
}

/** Everything except the per-course journeys (`analyze`); `journeys` may carry them too (the CLI does). */
export interface InsightsInput extends InsightsPeriod {
  courses: CourseRow[];
  sections: SectionRow[];
  population: PopulationRow[];
  segments: SegmentRow[];
  topics: TopicRow[];
  topicMonths?: TopicMonthRow[];
  sectionViews: SectionViewRow[];
  accounts: AccountRow[];
  accountTopics: AccountTopicRow[];
  opportunities: OpportunityRow[];
  /** Per-course journey inputs; the app page may leave them out and call `analyzeJourney` per course. */
  journeys?: CourseJourneyInput[];
}

/** Tuning; every field has a default (`DEFAULT_OPTIONS`). */
export interface InsightsOptions {
  /** Seed of the bootstrap's PRNG (results are deterministic for a seed). */
  seed: number;
  /** Bootstrap resamples for confidence intervals (default 400). */
  bootstrapResamples: number;
  /** Family-wise false-alarm rate for cards, split over all tests of a kind (Bonferroni; default 0.01). */
  alpha: number;
  /** Engagement before close at or above which an opportunity counts as engaged (default 5). */
  minEventsEngaged: number;
  /** Fewest observations behind a figure before it may raise a card (default 30). */
  minObservations: number;
  /** Title → role group overrides, consulted before the built-in keyword rules. */
  roleGroups?: Record<string, RoleGroup>;
}

// ---------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------

export type RoleGroup = 'Executive' | 'Manager' | 'IT Admin' | 'Developer' | 'Finance' | 'End User' | 'Other';

/** A figure with its 95 % confidence interval and the number of observations behind it. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  /** Observations behind the figure (views, people, opportunities ... as `unit` says where it matters). */
  n: number;
}

export interface NextStep {
  /** null = the viewer left (end of the visit). */
  sectionId: string | null;
  order: number | null;
  title: string;
  probability: number;
  count: number;
}

export interface JourneySection {
  sectionId: string;
  order: number;
  title: string;
  topic: string;
  /** Self-paced views of the section (n behind its figures). */
  views: number;
  /** Visits that started here. */
  starts: number;
  /** Visits that ended here. */
  exits: number;
  /** Share of views after which the viewer left (Wilson 95 % CI, n = views). */
  exitRate: Estimate;
  /** Up to three most likely next steps, most likely first (leaving included). */
  next: NextStep[];
  /** Most likely next section (leaving excluded), null when nobody moved on. */
  mostLikelyNextSectionId: string | null;
  /** Markov chain: probability of reaching the last section from here (1 for the last section). */
  reachEnd: number;
  /** Exit rate significantly above the rest of the course (see `JourneyHotspot`). */
  hotspot: boolean;
}

/** A friction point: a section where significantly more viewers leave than elsewhere in the course. */
export interface JourneyHotspot {
  sectionId: string;
  order: number;
  title: string;
  exitRate: Estimate;
  /** Exit rate over the course's other sections (last section excluded). */
  baseline: Estimate;
  /** exitRate − baseline (percentage points as a fraction). */
  excess: number;
  pValue: number;
}

/** Exit rate at a section, recent window vs before, when it changed significantly. */
export interface DropOffChange {
  sectionId: string;
  order: number;
  title: string;
  recent: Estimate;
  earlier: Estimate;
  pValue: number;
}

export interface CourseJourney {
  courseId: string;
  courseName: string;
  topic: string;
  /** Visits (first views) and views behind the model. */
  visits: number;
  views: number;
  /** completions / viewers (Wilson CI), when viewers are known. */
  completionRate: Estimate | null;
  completions: number;
  /** Markov chain: probability that a visit reaches the last section (n = visits). */
  visitCompletion: Estimate;
  /** Markov chain: expected section views per visit (n = visits); `observed` = views / visits. */
  expectedSectionsViewed: { model: number; observed: number; n: number };
  sections: JourneySection[];
  /** Most significant first. */
  hotspots: JourneyHotspot[];
  dropOffChanges: DropOffChange[];
}

export interface SegmentCell {
  roleGroup: RoleGroup;
  /** The account dimension of this cell. */
  accountDimension: 'accountType' | 'industry';
  accountValue: string;
  topic: string;
  /** Contacts in the segment (the cell's size). */
  people: number;
  events: number;
  /** events / people / months of the period. */
  eventsPerPersonPerMonth: number;
}

/** How much more (or less) a role group engages a topic than everybody else, per person. */
export interface RoleTopicAffinity {
  roleGroup: RoleGroup;
  topic: string;
  people: number;
  events: number;
  eventsPerPersonPerMonth: number;
  /** Same for all other contacts. */
  othersEventsPerPersonPerMonth: number;
  /** Rate ratio with a cluster-robust 95 % CI (cells of title × account type × industry as clusters). */
  ratio: Estimate;
  pValue: number;
  significant: boolean;
}

export interface SegmentInsights {
  months: number;
  roleGroups: { roleGroup: RoleGroup; people: number; events: number }[];
  topics: string[];
  /** role group × account type × topic, and role group × industry × topic (cells with people only). */
  cells: SegmentCell[];
  /** One per role group × topic with engagement; strongest first. */
  affinities: RoleTopicAffinity[];
  /** Recent vs earlier engagement per person of each role group × account type. */
  changes: SegmentChange[];
}

export interface SegmentChange {
  roleGroup: RoleGroup;
  accountType: string;
  people: number;
  /** Visits per day, recent ÷ earlier, with a 95 % CI (n = visits). */
  ratio: Estimate;
  recentVisits: number;
  earlierVisits: number;
  pValue: number;
  significant: boolean;
}

export interface RevenueGroup {
  accounts: number;
  opportunities: number;
  won: number;
  /** Wilson 95 % CI, n = closed opportunities. */
  winRate: Estimate;
  wonAmount: number;
  /** Closed-won amount per closed opportunity. */
  wonAmountPerClosed: number;
}

/**
 * Overall (`topic` null): opportunities with engagement before close ≥ `minEventsEngaged` vs the others. Per topic:
 * the engaged opportunities of accounts that also viewed that topic ≥ `minEventsEngaged` times in the period, vs
 * the same non-engaged opportunities (the topic's timing within the period is not known from the aggregates).
 */
export interface RevenueComparison {
  /** null = any engagement (overall). */
  topic: string | null;
  engaged: RevenueGroup;
  comparison: RevenueGroup;
  /**
   * Closed-won amount per closed opportunity, engaged ÷ comparable non-engaged, matched on account type × size
   * band (strata weighted by the engaged side); 95 % CI by bootstrap over accounts (n = opportunities).
   */
  lift: Estimate;
  /** Win rate engaged − comparison, same matching, bootstrap CI. */
  winRateDifference: Estimate;
  /** Two-sided, from the bootstrap distribution of the log lift. */
  pValue: number;
  significant: boolean;
}

export interface RevenueInsights {
  /** How "engaged" was decided. */
  basis: 'engagement-before-close' | 'period-engagement';
  minEventsEngaged: number;
  overall: RevenueComparison | null;
  byTopic: RevenueComparison[];
  /** Plain-words caveat shown with the figures. */
  statement: string;
}

export interface TopicStat {
  topic: string;
  events: number;
  visits: number;
  recentEvents: number;
  recentVisits: number;
  /** Share of all view events in the period. */
  share: number;
  /** Visits per day, recent window ÷ before, with a 95 % CI (n = visits). */
  trend: Estimate;
  pValue: number;
  rising: boolean;
  falling: boolean;
}

export interface SectionStat {
  sectionId: string;
  courseId: string;
  courseName: string;
  order: number;
  title: string;
  topic: string;
  events: number;
  recentEvents: number;
  /** Views per day, recent ÷ before (no CI: views cluster within visits); Infinity (null in JSON) if none before. */
  trend: number;
}

export interface TopicInsights {
  /** By events in the period, most first. */
  top: TopicStat[];
  /** Significantly rising topics, strongest first. */
  rising: TopicStat[];
  /** Most viewed sections across all accounts (top 10). */
  topSections: SectionStat[];
  /** Sections whose views grew most in the recent window (top 10 with ≥ `minObservations` views). */
  risingSections: SectionStat[];
  months: TopicMonthRow[];
}

export type CardKind =
  | 'topic-surge'
  | 'topic-decline'
  | 'account-quiet'
  | 'segment-quiet'
  | 'drop-off-hotspot'
  | 'drop-off-jump'
  | 'role-topic-affinity'
  | 'revenue-lift';

export interface InsightCard {
  /** Stable id: kind + subject, e.g. `topic-surge:AI`. */
  id: string;
  kind: CardKind;
  /** `risk` wants attention, `opportunity` is good news to act on, `info` is context. */
  tone: 'risk' | 'opportunity' | 'info';
  title: string;
  /** One or two sentences in plain words; associations are worded as such. */
  summary: string;
  subject: { type: 'topic' | 'account' | 'segment' | 'section' | 'course'; id: string; name: string };
  /** The headline figure with its interval and observations. */
  metric: { label: string } & Estimate;
  /** Supporting figures, in display order. */
  evidence: { label: string; value: string }[];
  pValue: number;
}

export interface InsightsResult {
  period: InsightsPeriod;
  journeys: CourseJourney[];
  segments: SegmentInsights;
  revenue: RevenueInsights;
  topics: TopicInsights;
  /** Significant findings, strongest first; empty on data without signal. */
  cards: InsightCard[];
}
