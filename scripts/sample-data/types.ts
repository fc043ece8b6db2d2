/**
 * The Entatio sample dataset format (version 1): the contract between the generator
 * (`scripts/sample-data/generate.ts`), the org loader (`scripts/org/load-sample-data.ts`), the local workbench
 * (which serves it behind the Apex method contracts) and the insights tooling.
 *
 * Conventions (documented in scripts/sample-data/README.md):
 * - Property names that start with an upper-case letter are Salesforce API names (standard fields such as
 *   `AccountId`, or package fields such as `Order__c`) with values in API format.
 * - Property names that start with a lower-case letter are **dataset-only**: derived or latent facts the
 *   generator knows (e.g. a contact's `roleGroup`) that are not fields in the org. The loader drops them.
 * - `Id` is a fake but well-formed 18-character Salesforce id (see `ID_PREFIXES`); every lookup holds such an
 *   id, so relations resolve inside the dataset. Optional properties are omitted, never `null`.
 * - Date-times are ISO 8601 UTC with milliseconds (`2025-07-01T14:03:22.000Z`); dates are `YYYY-MM-DD`.
 */

/** Fake 18-character Salesforce id: 3-character key prefix, 12 characters, 3-character case-safe suffix. */
export type SfId = string;
/** `2025-07-01T14:03:22.000Z` */
export type IsoDateTime = string;
/** `2025-07-01` */
export type IsoDate = string;

/** Key prefixes of the fake ids, per object. Standard objects use their real prefixes. */
export const ID_PREFIXES = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  Case: '500',
  Course__c: 'a01',
  Section__c: 'a02',
  Activity__c: 'a03',
  Engagement_Event__c: 'a04',
  Presentation_Session__c: 'a05'
} as const;
export type DatasetObject = keyof typeof ID_PREFIXES;

export type RoleGroup = 'Executive' | 'Manager' | 'IT Admin' | 'Developer' | 'Finance' | 'End User';
/** Tenure band at `asOf`: New < 180 days, Established 180–729 days, Mature ≥ 730 days as a customer. */
export type TenureBand = 'New' | 'Established' | 'Mature';
export type AccountSize = 'SMB' | 'Mid-Market' | 'Enterprise';
/** The generator's latent engagement propensity of an account (a cause, not a measurement). */
export type EngagementLevel = 'High' | 'Medium' | 'Low' | 'None';

export interface DatasetAccount {
  Id: SfId;
  Name: string;
  /** Standard picklist values: Customer - Direct, Customer - Channel, Channel Partner / Reseller, Technology Partner. */
  Type: string;
  Industry: string;
  AnnualRevenue: number;
  NumberOfEmployees: number;
  BillingCountry: string;
  /** A CSM in `users`. */
  OwnerId: SfId;
  /**
   * The date the account became a customer (its tenure start). Written to the org only when the loading user
   * may set audit fields; otherwise tenure in the org starts at load time.
   */
  CreatedDate: IsoDateTime;
  /** Dataset-only: tenure band at `asOf` (from `CreatedDate`). */
  tenureBand: TenureBand;
  /** Dataset-only: size segment (drives contacts, cases and deal sizes). */
  size: AccountSize;
  /** Dataset-only: latent engagement propensity the generator used. */
  engagementLevel: EngagementLevel;
}

export interface DatasetContact {
  Id: SfId;
  AccountId: SfId;
  FirstName: string;
  LastName: string;
  /** Read-only compound name (`FirstName LastName`); not written by the loader. */
  Name: string;
  /** Unique within the dataset; always under an `example.com` domain. */
  Email: string;
  Title: string;
  Department: string;
  /** Dataset-only: role group derived from `Title` by `roleGroupOfTitle` (see README). */
  roleGroup: RoleGroup;
}

export type UserRole = 'CSM' | 'Account Executive' | 'Enablement';

/** Internal users (CSMs, reps, the enablement manager who authors courses). Never loaded into an org. */
export interface DatasetUser {
  Id: SfId;
  FirstName: string;
  LastName: string;
  Name: string;
  Email: string;
  Title: string;
  /** Dataset-only: what the user does in the story. */
  role: UserRole;
}

export interface DatasetCourse {
  Id: SfId;
  Name: string;
  Status__c: 'Draft' | 'Published' | 'Archived';
  Audience_Tier__c: 'Internal' | 'Customer';
  Topic__c: string;
  Description__c: string;
  Published_At__c: IsoDateTime;
  Source_File_Name__c: string;
  /** Roll-up summary (read-only in the org): number of sections. */
  Slide_Count__c: number;
  /** The enablement user in `users`. */
  OwnerId: SfId;
}

export type MediaType = 'Slide_Page' | 'Image' | 'Video' | 'HTML' | 'Link';

export interface DatasetSection {
  Id: SfId;
  /** Section Title (name field), at most 80 characters. */
  Name: string;
  Course__c: SfId;
  /** 1-based position in the course. */
  Order__c: number;
  Title__c: string;
  Description__c: string;
  /** Usually the course topic; a few sections carry another topic (e.g. a security chapter in an upgrade deck). */
  Topic__c: string;
  Media_Type__c: MediaType;
  /** Page of the source deck, for `Slide_Page` sections. */
  Page_Number__c?: number;
  /** For `Link` sections. */
  Link_Url__c?: string;
  Rendition_Status__c: 'Pending' | 'Ready' | 'Unavailable';
}

export interface DatasetSession {
  Id: SfId;
  Course__c: SfId;
  /** A CSM in `users`. */
  Presenter__c: SfId;
  Account__c: SfId;
  Started_At__c: IsoDateTime;
  /** Absent for scheduled sessions. */
  Ended_At__c?: IsoDateTime;
  Status__c: 'Scheduled' | 'Live' | 'Ended';
  /** The last section shown (absent for scheduled sessions). */
  Current_Section__c?: SfId;
  Audience_Size__c: number;
  /** Unique, 8 upper-case letters and digits. */
  Join_Code__c: string;
}

/** View, Present and Return events are "views" (they move activity state); see `activities.ts`. */
export type EventType = 'View' | 'Present' | 'Return' | 'Complete';
export type Channel = 'Live' | 'On_Demand' | 'Portal';

export interface DatasetEvent {
  Id: SfId;
  /** Unique idempotency key: `sd-<seed>-<asOf yyyymmdd>-<7-digit sequence>`. */
  Event_Key__c: string;
  /**
   * View: a section opened on demand / in the portal. Present: a section shown to an attendee in a live
   * session. Return: the first view of a section in a later visit than the one it was first seen in (the
   * view that moves the activity to Viewed Again). Complete: the viewer reached the last section of the course
   * for the first time (not a view; `Section__c` is the last section).
   */
  Type__c: EventType;
  Occurred_At__c: IsoDateTime;
  /** Seconds spent on the section (views only). */
  Dwell_Seconds__c?: number;
  Section__c: SfId;
  /** The section viewed just before this one in the same visit (views only; absent on a visit's first view). */
  Previous_Section__c?: SfId;
  Course__c: SfId;
  /** The live session (Present events). */
  Session__c?: SfId;
  Channel__c: Channel;
  /** The viewing contact (customer events). */
  Contact__c?: SfId;
  /** The viewing contact's account (customer events). */
  Account__c?: SfId;
  /** The viewing internal user (internal preview events: a CSM rehearsing a deck); absent on customer events. */
  User__c?: SfId;
}

export type ActivityState = 'Not_Viewed' | 'Viewed' | 'Not_Viewed_Again' | 'Viewed_Again';

/** One viewer × one section, derived from `events` by `deriveActivities` (only pairs with at least one view). */
export interface DatasetActivity {
  Id: SfId;
  /** `<Section Id>:<viewer Id>` where the viewer is the event's Contact, or its User when it has no Contact. */
  Activity_Key__c: string;
  Section__c: SfId;
  Course__c: SfId;
  User__c?: SfId;
  Contact__c?: SfId;
  Account__c?: SfId;
  State__c: ActivityState;
  View_Count__c: number;
  /** Number of distinct visits in which the section was viewed. */
  Visit_Count__c: number;
  First_Viewed_At__c: IsoDateTime;
  Last_Viewed_At__c: IsoDateTime;
  Total_Dwell_Seconds__c: number;
  /** Start of the visit in which the section was last viewed. */
  Last_Visit_Started_At__c: IsoDateTime;
}

export type CaseType = 'Question' | 'Problem' | 'Feature Request' | 'Upgrade / Version';

export interface DatasetCase {
  Id: SfId;
  Subject: string;
  Description: string;
  Type: CaseType;
  Status: 'New' | 'Working' | 'Escalated' | 'Closed';
  Priority: 'High' | 'Medium' | 'Low';
  Origin: 'Web' | 'Email' | 'Phone';
  AccountId: SfId;
  ContactId: SfId;
  /** When the case was opened (written only when the loading user may set audit fields). */
  CreatedDate: IsoDateTime;
}

export interface DatasetOpportunity {
  Id: SfId;
  Name: string;
  AccountId: SfId;
  /** An account executive in `users`. */
  OwnerId: SfId;
  Type: 'Existing Customer - Upgrade' | 'Existing Customer - Replacement';
  /** Closed Won, Closed Lost, or an open stage (Prospecting ... Negotiation/Review). */
  StageName: string;
  Amount: number;
  CloseDate: IsoDate;
  /** Written only when the loading user may set audit fields. */
  CreatedDate: IsoDateTime;
  /**
   * Package field, set on closed opportunities: View/Present/Return events by the account's contacts in the
   * 90 days before `CloseDate`.
   */
  Entatio_Engagement_Before_Close__c?: number;
}

/** Parameters shared by all planted patterns. */
interface PatternBase {
  title: string;
  description: string;
  /** How the pattern is measured (`measurePatterns` in measure.ts implements exactly this). */
  metric: string;
}

export interface RoleTopicAffinityPattern extends PatternBase {
  id: 'role-topic-affinity';
  parameters: {
    roleGroup: RoleGroup;
    topic: string;
    courseId: SfId;
    /** Multiplier on the course's choice weight for contacts in `roleGroup`. */
    choiceWeightMultiplier: number;
    expectedRatioAtLeast: number;
    /** Milder background affinities (also true in the data). */
    secondaryAffinities: { roleGroup: RoleGroup; topic: string; choiceWeightMultiplier: number }[];
  };
}

export interface UpgradeFewerVersionCasesPattern extends PatternBase {
  id: 'upgrade-fewer-version-cases';
  parameters: {
    courseId: SfId;
    caseType: CaseType;
    /** Version-related cases per account per 30 days before completing the upgrade course, by size. */
    baseRatePer30Days: Record<AccountSize, number>;
    /** Multiplier on that rate from the account's first completion of the upgrade course on. */
    rateMultiplierAfterCompletion: number;
    /** Accounts with a Complete event on the upgrade course, with the date of their first one. */
    completedAccounts: { accountId: SfId; firstCompletedAt: IsoDateTime }[];
    expectedRateRatioAtMost: number;
  };
}

export interface QuietAccountsPattern extends PatternBase {
  id: 'quiet-accounts';
  parameters: {
    accountIds: SfId[];
    /** No engagement events in the last `quietDays` days before `asOf`. */
    quietDays: number;
    /** Quiet accounts that also opened `momentOfTruthMinCases`+ cases in the last `momentOfTruthDays` days. */
    momentOfTruthAccountIds: SfId[];
    momentOfTruthDays: number;
    momentOfTruthMinCases: number;
  };
}

export interface DeckDropOffPattern extends PatternBase {
  id: 'deck-drop-off';
  parameters: {
    courseId: SfId;
    sectionId: SfId;
    sectionOrder: number;
    /** Probability that a viewer on the drop-off section moves on (elsewhere `baselineContinueProbability`). */
    continueProbability: number;
    baselineContinueProbability: number;
    expectedDropOffAtLeast: number;
  };
}

export interface EngagementRevenueLiftPattern extends PatternBase {
  id: 'engagement-revenue-lift';
  parameters: {
    engagementWindowDays: number;
    minEventsToCountAsEngaged: number;
    winRateEngaged: number;
    winRateNotEngaged: number;
    amountMultiplierEngaged: number;
    expectedLiftAtLeast: number;
  };
}

export interface SurgingTopicPattern extends PatternBase {
  id: 'surging-topic';
  parameters: {
    topic: string;
    courseId: SfId;
    surgeDays: number;
    /** Multiplier on the density of new viewers starting the course in the last `surgeDays` days. */
    startRateMultiplier: number;
    expectedSurgeAtLeast: number;
  };
}

export type PlantedPattern =
  | RoleTopicAffinityPattern
  | UpgradeFewerVersionCasesPattern
  | QuietAccountsPattern
  | DeckDropOffPattern
  | EngagementRevenueLiftPattern
  | SurgingTopicPattern;

export type PlantedPatternId = PlantedPattern['id'];

export interface Dataset {
  version: 1;
  seed: number;
  /** Count multiplier the dataset was generated with (1 = about 300 accounts and 2,000 contacts). */
  scale: number;
  /** The end of the simulated period (exclusive), `YYYY-MM-DD`; events cover the 182 days before it. */
  asOf: IsoDate;
  /** `asOf` at midnight UTC — never the wall clock, so generation is byte-for-byte reproducible. */
  generatedAt: IsoDateTime;
  /** Start of the simulated six months (inclusive), `asOf` − 182 days at midnight UTC. */
  periodStart: IsoDateTime;
  accounts: DatasetAccount[];
  contacts: DatasetContact[];
  users: DatasetUser[];
  courses: DatasetCourse[];
  sections: DatasetSection[];
  sessions: DatasetSession[];
  /** Sorted by `Occurred_At__c`, then `Event_Key__c`. */
  events: DatasetEvent[];
  /** `deriveActivities(events, sections)`, sorted by `Activity_Key__c`. */
  activities: DatasetActivity[];
  cases: DatasetCase[];
  opportunities: DatasetOpportunity[];
  plantedPatterns: PlantedPattern[];
}
