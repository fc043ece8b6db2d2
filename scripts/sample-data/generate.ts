/**
 * The deterministic sample dataset: `generateDataset({ seed, asOf, scale })` is a pure function of its options
 * (own seeded PRNG, no wall clock), so the same options always give byte-for-byte the same JSON.
 *
 * The story: a software vendor's customer-success team (`users`) works ~300 customer accounts. Contacts take
 * a dozen courses on demand or in the customer portal, and CSMs present courses live. Cases and opportunities
 * happen alongside. Six patterns are planted (see `PLANTED` and README.md) so that insights and health rules
 * have something true to find; `measurePatterns` (measure.ts) measures them back.
 */
import { deriveActivities, dropUndefined, viewsInVisits } from './activities';
import {
  ACCOUNT_TYPES,
  CASE_SUBJECTS,
  COUNTRIES,
  COURSES,
  DROP_OFF_TITLE,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  NAME_ENDS,
  NAME_STARTS,
  NAME_SUFFIXES,
  OPEN_STAGES,
  OPPORTUNITY_NAMES,
  ROLE_TITLES,
  ROLE_WEIGHTS,
  SECTION_ASPECTS,
  type CourseSpec
} from './catalog';
import { fakeId, idSequence } from './ids';
import { Random } from './random';
import type {
  AccountSize,
  CaseType,
  Channel,
  Dataset,
  DatasetAccount,
  DatasetCase,
  DatasetContact,
  DatasetCourse,
  DatasetEvent,
  DatasetOpportunity,
  DatasetSection,
  DatasetSession,
  DatasetUser,
  EngagementLevel,
  EventType,
  MediaType,
  PlantedPattern,
  RoleGroup,
  SfId,
  TenureBand
} from './types';

export interface GenerateOptions {
  /** PRNG seed (an unsigned 32-bit integer); default `DEFAULT_SEED`. */
  seed?: number;
  /** End of the simulated period, `YYYY-MM-DD` (exclusive); default `DEFAULT_AS_OF`. */
  asOf?: string;
  /** Count multiplier for accounts (and so contacts, events, cases, opportunities); default 1. */
  scale?: number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_AS_OF = '2026-01-01';
export const PERIOD_DAYS = 182;
export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The planted patterns' parameters (the data is generated from these numbers). */
export const PLANTED = {
  affinity: {
    roleGroup: 'IT Admin' as RoleGroup,
    courseKey: 'security',
    choiceWeightMultiplier: 12,
    expectedRatioAtLeast: 3
  },
  upgrade: {
    courseKey: 'upgrade',
    caseType: 'Upgrade / Version' as CaseType,
    baseRatePer30Days: { SMB: 0.2, 'Mid-Market': 0.35, Enterprise: 0.6 } as Record<AccountSize, number>,
    rateMultiplierAfterCompletion: 0.2,
    expectedRateRatioAtMost: 0.5
  },
  quiet: { accountsAtScale1: 15, quietDays: 42, momentOfTruthDays: 30, momentOfTruthMinCases: 2 },
  dropOff: {
    courseKey: 'analytics',
    sectionOrder: 7,
    continueProbability: 0.5,
    baselineContinueProbability: 0.975,
    expectedDropOffAtLeast: 0.3
  },
  lift: {
    engagementWindowDays: 90,
    minEventsToCountAsEngaged: 5,
    winRateEngaged: 0.6,
    winRateNotEngaged: 0.35,
    amountMultiplierEngaged: 1.35,
    expectedLiftAtLeast: 1.3
  },
  surge: { courseKey: 'ai', surgeDays: 30, startRateMultiplier: 6, expectedSurgeAtLeast: 2.5 }
} as const;

/** Background role × course affinities (true in the data, milder than the planted one). */
const SECONDARY_AFFINITIES: { roleGroup: RoleGroup; courseKey: string; multiplier: number }[] = [
  { roleGroup: 'IT Admin', courseKey: 'admin', multiplier: 2 },
  { roleGroup: 'Developer', courseKey: 'api', multiplier: 3 },
  { roleGroup: 'Developer', courseKey: 'automation', multiplier: 1.5 },
  { roleGroup: 'Executive', courseKey: 'value', multiplier: 4 },
  { roleGroup: 'Executive', courseKey: 'analytics', multiplier: 1.5 },
  { roleGroup: 'Finance', courseKey: 'billing', multiplier: 4 },
  { roleGroup: 'Manager', courseKey: 'analytics', multiplier: 2 },
  { roleGroup: 'Manager', courseKey: 'data', multiplier: 1.5 },
  { roleGroup: 'End User', courseKey: 'mobile', multiplier: 2 }
];

/** Validates and normalises the options. */
export function resolveOptions(options: GenerateOptions = {}): Required<GenerateOptions> {
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`The seed must be an integer from 0 to 4294967295 (got ${seed}).`);
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(asOf) ||
    new Date(asOf + 'T00:00:00.000Z').toISOString().slice(0, 10) !== asOf
  ) {
    throw new Error(`The as-of date must be a real date written YYYY-MM-DD (got "${asOf}").`);
  }
  if (!(scale > 0 && scale <= 20))
    throw new Error(`The scale must be greater than 0 and at most 20 (got ${scale}).`);
  return { seed, asOf, scale };
}

/** A 32-bit FNV-1a hash: one independent PRNG stream per generation phase. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** ISO date-time in whole seconds (what the platform stores). */
const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const isoDate = (ms: number): string => iso(ms).slice(0, 10);
const dayStart = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * A working-hours moment (13:00–21:59 UTC, mostly weekdays) in [from, to), with an optional density weight
 * over time (`weight(ms)` ≤ `maxWeight`). Falls back to `from` if the range is too short.
 */
function businessMoment(
  rng: Random,
  from: number,
  to: number,
  weight?: (ms: number) => number,
  maxWeight = 1
): number {
  for (let attempt = 0; attempt < 500; attempt++) {
    const day = dayStart(rng.between(from, to));
    const ms = day + rng.int(13 * 3600, 21 * 3600 + 3599) * 1000;
    if (ms < from || ms >= to) continue;
    const weekday = new Date(ms).getUTCDay();
    if ((weekday === 0 || weekday === 6) && !rng.chance(0.2)) continue;
    if (weight && !rng.chance(weight(ms) / maxWeight)) continue;
    return ms;
  }
  return from;
}

interface AccountState {
  record: DatasetAccount;
  /** First moment the account can engage: max(period start, customer since). */
  activeFrom: number;
  /** Engagement stops here (asOf, or earlier for quiet accounts). */
  activeUntil: number;
  contacts: DatasetContact[];
}

interface DraftEvent {
  seq: number;
  type: EventType;
  at: number;
  dwell?: number;
  section: DatasetSection;
  session?: DraftSession;
  channel: Channel;
  contact?: SfId;
  account?: SfId;
  user?: SfId;
}

interface DraftSession {
  record: Omit<DatasetSession, 'Id'> & { Id?: SfId };
  seq: number;
}

export function generateDataset(options: GenerateOptions = {}): Dataset {
  const { seed, asOf, scale } = resolveOptions(options);
  const stream = (phase: string) => new Random(hash32(`${seed}:${phase}`));
  const asOfMs = Date.parse(asOf + 'T00:00:00.000Z');
  const periodStart = asOfMs - PERIOD_DAYS * DAY_MS;

  // ---- users -------------------------------------------------------------------------------------------
  const userSpecs: [string, string, string, DatasetUser['role']][] = [
    ['Morgan', 'Reyes', 'Customer Success Manager', 'CSM'],
    ['Priya', 'Natarajan', 'Customer Success Manager', 'CSM'],
    ['Tom', 'Becker', 'Senior Customer Success Manager', 'CSM'],
    ['Elena', 'Costa', 'Account Executive', 'Account Executive'],
    ['James', 'Okafor', 'Account Executive', 'Account Executive'],
    ['Hana', 'Ito', 'Enablement Manager', 'Enablement']
  ];
  const users: DatasetUser[] = userSpecs.map(([first, last, title, role], i) => ({
    Id: fakeId('User', i + 1),
    FirstName: first,
    LastName: last,
    Name: `${first} ${last}`,
    Email: `${first}.${last}@entatio-demo.example.com`.toLowerCase(),
    Title: title,
    role
  }));
  const csms = users.filter((u) => u.role === 'CSM');
  const executives = users.filter((u) => u.role === 'Account Executive');
  const enablement = users.find((u) => u.role === 'Enablement')!;

  // ---- courses & sections ------------------------------------------------------------------------------
  const courseRng = stream('courses');
  const courses: DatasetCourse[] = [];
  const sections: DatasetSection[] = [];
  const sectionsOf = new Map<string, DatasetSection[]>();
  const courseByKey = new Map<string, DatasetCourse>();
  const nextSectionId = idSequence('Section__c');
  COURSES.forEach((spec, i) => {
    const course: DatasetCourse = {
      Id: fakeId('Course__c', i + 1),
      Name: spec.name,
      Status__c: 'Published',
      Audience_Tier__c: 'Customer',
      Topic__c: spec.topic,
      Description__c: spec.description,
      Published_At__c: iso(businessMoment(courseRng, periodStart - 400 * DAY_MS, periodStart - 14 * DAY_MS)),
      Source_File_Name__c: spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '.pptx',
      Slide_Count__c: spec.sections,
      OwnerId: enablement.Id
    };
    courses.push(course);
    courseByKey.set(spec.key, course);
    const list = sectionTitles(spec).map((title, j): DatasetSection => {
      const order = j + 1;
      const media: MediaType =
        order === 1 || isDropOff(spec, order)
          ? 'Slide_Page'
          : courseRng.weighted<MediaType>([
              ['Slide_Page', 75],
              ['Video', 9],
              ['Image', 8],
              ['HTML', 5],
              ['Link', 3]
            ]);
      return dropUndefined({
        Id: nextSectionId(),
        Name: title.length > 80 ? title.slice(0, 77) + '...' : title,
        Course__c: course.Id,
        Order__c: order,
        Title__c: title,
        Description__c: `Section ${order} of ${spec.sections} of "${spec.name}".`,
        Topic__c: spec.crossTopics?.[order] ?? spec.topic,
        Media_Type__c: media,
        Page_Number__c: media === 'Slide_Page' ? order : undefined,
        Link_Url__c: media === 'Link' ? `https://docs.example.com/${spec.key}/${order}` : undefined,
        Rendition_Status__c: 'Ready' as const
      });
    });
    sections.push(...list);
    sectionsOf.set(course.Id, list);
  });

  // ---- accounts ----------------------------------------------------------------------------------------
  const accountRng = stream('accounts');
  const accountCount = Math.max(4, Math.round(300 * scale));
  const accountNames = new Set<string>();
  const accounts: AccountState[] = [];
  for (let i = 0; i < accountCount; i++) {
    const industry = accountRng.weighted(INDUSTRIES);
    let name = '';
    for (let attempt = 0; !name || accountNames.has(name); attempt++) {
      name = `${accountRng.pick(NAME_STARTS)}${accountRng.pick(NAME_ENDS)} ${accountRng.pick(NAME_SUFFIXES[industry])}`;
      if (attempt > 20) name += ` ${attempt}`;
    }
    accountNames.add(name);
    const size = accountRng.weighted<AccountSize>([
      ['SMB', 50],
      ['Mid-Market', 35],
      ['Enterprise', 15]
    ]);
    const employees =
      size === 'SMB'
        ? accountRng.int(20, 199)
        : size === 'Mid-Market'
          ? accountRng.int(200, 1999)
          : Math.round(Math.exp(accountRng.between(Math.log(2000), Math.log(60000))));
    const band = accountRng.weighted<TenureBand>([
      ['New', 20],
      ['Established', 35],
      ['Mature', 45]
    ]);
    const tenureDays =
      band === 'New'
        ? accountRng.int(10, 179)
        : band === 'Established'
          ? accountRng.int(181, 728)
          : accountRng.int(731, 2900);
    const createdMs = businessMoment(
      accountRng,
      asOfMs - tenureDays * DAY_MS,
      asOfMs - (tenureDays - 1) * DAY_MS
    );
    let level = accountRng.weighted<EngagementLevel>([
      ['High', 25],
      ['Medium', 35],
      ['Low', 25],
      ['None', 15]
    ]);
    if (band === 'New' && level === 'None') level = 'Low';
    const record: DatasetAccount = {
      Id: fakeId('Account', i + 1),
      Name: name,
      Type: accountRng.weighted(ACCOUNT_TYPES),
      Industry: industry,
      AnnualRevenue: Math.round((employees * accountRng.between(120000, 320000)) / 100000) * 100000,
      NumberOfEmployees: employees,
      BillingCountry: accountRng.weighted(COUNTRIES),
      OwnerId: accountRng.pick(csms).Id,
      CreatedDate: iso(createdMs),
      tenureBand: tenureBandAt(createdMs, asOfMs),
      size,
      engagementLevel: level
    };
    accounts.push({
      record,
      activeFrom: Math.max(periodStart, createdMs),
      activeUntil: asOfMs,
      contacts: []
    });
  }

  // Planted (3): quiet accounts — highly engaged, not new, stop engaging 42–56 days before asOf.
  const quietCount = Math.max(1, Math.round(PLANTED.quiet.accountsAtScale1 * scale));
  const notNew = accounts.filter((a) => a.record.tenureBand !== 'New');
  const quiet = accountRng.sample(
    notNew.filter((a) => a.record.engagementLevel === 'High'),
    quietCount
  );
  if (quiet.length < quietCount) {
    const medium = notNew.filter((a) => a.record.engagementLevel === 'Medium');
    quiet.push(...accountRng.sample(medium, quietCount - quiet.length));
  }
  for (const account of quiet) {
    account.activeUntil = asOfMs - (PLANTED.quiet.quietDays + accountRng.int(0, 14)) * DAY_MS;
  }
  const momentOfTruth = quiet.slice(0, Math.ceil(quiet.length / 2));

  // ---- contacts ----------------------------------------------------------------------------------------
  const contactRng = stream('contacts');
  const contacts: DatasetContact[] = [];
  const emails = new Set<string>();
  const nextContactId = idSequence('Contact');
  const roleOf = new Map<SfId, RoleGroup>();
  for (const account of accounts) {
    const count =
      account.record.size === 'SMB'
        ? contactRng.int(3, 5)
        : account.record.size === 'Mid-Market'
          ? contactRng.int(6, 10)
          : contactRng.int(10, 17);
    const domain = account.record.Name.toLowerCase().replace(/[^a-z0-9]+/g, '') + '.example.com';
    for (let i = 0; i < count; i++) {
      const role = contactRng.weighted(ROLE_WEIGHTS);
      const first = contactRng.pick(FIRST_NAMES);
      const last = contactRng.pick(LAST_NAMES);
      let email = `${first}.${last}@${domain}`.toLowerCase();
      for (let n = 2; emails.has(email); n++) email = `${first}.${last}${n}@${domain}`.toLowerCase();
      emails.add(email);
      const contact: DatasetContact = {
        Id: nextContactId(),
        AccountId: account.record.Id,
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Email: email,
        Title: contactRng.pick(ROLE_TITLES[role].titles),
        Department: ROLE_TITLES[role].department,
        roleGroup: role
      };
      contacts.push(contact);
      account.contacts.push(contact);
      roleOf.set(contact.Id, role);
    }
  }

  // Planted (6): one course (and so its topic) surges — new viewers start it more often in the last month.
  const surgeCourse = courseByKey.get(PLANTED.surge.courseKey)!;
  const surgeFrom = asOfMs - PLANTED.surge.surgeDays * DAY_MS;
  const surgeWeight = (ms: number) => (ms >= surgeFrom ? PLANTED.surge.startRateMultiplier : 1);

  // ---- live sessions (Present events) and presenters' rehearsals ---------------------------------------
  const drafts: DraftEvent[] = [];
  let seq = 0;
  const sessionRng = stream('sessions');
  const draftSessions: DraftSession[] = [];
  const joinCodes = new Set<string>();
  const sessionWeights: [string, number][] = [
    ['upgrade', 3],
    ['value', 2],
    ['admin', 1],
    ['security', 1],
    ['analytics', 1],
    ['automation', 1],
    ['ai', 1],
    ['api', 0.5],
    ['data', 0.5],
    ['onboarding', 0.5],
    ['mobile', 0.5],
    ['billing', 0.5]
  ];
  const newJoinCode = (): string => {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    let code = '';
    while (!code || joinCodes.has(code)) {
      code = '';
      for (let i = 0; i < 8; i++) code += alphabet.charAt(sessionRng.int(0, alphabet.length - 1));
    }
    joinCodes.add(code);
    return code;
  };
  for (const account of accounts) {
    const level = account.record.engagementLevel;
    if (level === 'None' || account.contacts.length === 0) continue;
    const presenter = account.record.OwnerId;
    const plans: { courseKey: string; from: number; to: number }[] = [];
    if (account.record.tenureBand === 'New') {
      const from = Date.parse(account.record.CreatedDate) + 3 * DAY_MS;
      plans.push({ courseKey: 'onboarding', from, to: Math.min(from + 21 * DAY_MS, account.activeUntil) });
    }
    // Quiet accounts were engaged before they went quiet: at least one live session and most contacts viewing.
    const isQuiet = account.activeUntil < asOfMs;
    const mean = level === 'High' ? 0.8 : level === 'Medium' ? 0.4 : 0.1;
    for (let n = sessionRng.poisson(mean) + (isQuiet ? 1 : 0); n > 0; n--) {
      plans.push({
        courseKey: sessionRng.weighted(sessionWeights),
        from: account.activeFrom + DAY_MS,
        to: account.activeUntil - 2 * HOUR_MS
      });
    }
    for (const plan of plans) {
      if (plan.to - plan.from < DAY_MS) continue;
      const course = courseByKey.get(plan.courseKey)!;
      const list = sectionsOf.get(course.Id)!;
      const attendees = sessionRng.sample(account.contacts, sessionRng.int(2, 4));
      // Most sessions show the whole deck; long decks are cut to the highlights, and some sessions run out of time.
      const shown =
        list.length > 30
          ? sessionRng.int(20, 30)
          : sessionRng.chance(0.85)
            ? list.length
            : Math.max(2, Math.round(list.length * sessionRng.between(0.5, 0.9)));
      let t =
        course.Id === surgeCourse.Id
          ? businessMoment(sessionRng, plan.from, plan.to, surgeWeight, PLANTED.surge.startRateMultiplier)
          : businessMoment(sessionRng, plan.from, plan.to);
      const session: DraftSession = {
        seq: draftSessions.length,
        record: {
          Course__c: course.Id,
          Presenter__c: presenter,
          Account__c: account.record.Id,
          Started_At__c: iso(t),
          Status__c: 'Ended',
          Audience_Size__c: attendees.length,
          Join_Code__c: newJoinCode()
        }
      };
      draftSessions.push(session);
      // Half of the time the presenter rehearses the deck on demand a day or three before.
      if (sessionRng.chance(0.5)) {
        let r = t - sessionRng.int(1, 3) * DAY_MS - sessionRng.int(1, 5) * HOUR_MS;
        for (const section of list.slice(0, sessionRng.int(3, list.length))) {
          const dwell = Math.round(clamp(sessionRng.logNormal(25, 0.5), 5, 300));
          if (r >= periodStart) {
            drafts.push({
              seq: seq++,
              type: 'View',
              at: r,
              dwell,
              section,
              channel: 'On_Demand',
              user: presenter
            });
          }
          r += dwell * 1000 + sessionRng.int(2, 10) * 1000;
        }
      }
      let last = list[0];
      for (const section of list.slice(0, shown)) {
        const dwell = Math.round(clamp(sessionRng.logNormal(110, 0.4), 30, 600));
        for (const attendee of attendees) {
          drafts.push({
            seq: seq++,
            type: 'Present',
            at: t,
            dwell,
            section,
            session,
            channel: 'Live',
            contact: attendee.Id,
            account: account.record.Id
          });
        }
        last = section;
        t += dwell * 1000 + sessionRng.int(3, 15) * 1000;
      }
      session.record.Ended_At__c = iso(t);
      session.record.Current_Section__c = last.Id;
    }
    // Some engaged accounts have an upcoming session on the calendar.
    if (level === 'High' && account.activeUntil === asOfMs && sessionRng.chance(0.2)) {
      const course = courseByKey.get(sessionRng.weighted(sessionWeights))!;
      draftSessions.push({
        seq: draftSessions.length,
        record: {
          Course__c: course.Id,
          Presenter__c: presenter,
          Account__c: account.record.Id,
          Started_At__c: iso(businessMoment(sessionRng, asOfMs + 3 * DAY_MS, asOfMs + 30 * DAY_MS)),
          Status__c: 'Scheduled',
          Audience_Size__c: sessionRng.int(2, 6),
          Join_Code__c: newJoinCode()
        }
      });
    }
  }
  draftSessions.sort((a, b) => a.record.Started_At__c.localeCompare(b.record.Started_At__c) || a.seq - b.seq);
  const sessions: DatasetSession[] = draftSessions.map((draft, i) => {
    draft.record.Id = fakeId('Presentation_Session__c', i + 1);
    const r = draft.record;
    return dropUndefined({
      Id: r.Id!,
      Course__c: r.Course__c,
      Presenter__c: r.Presenter__c,
      Account__c: r.Account__c,
      Started_At__c: r.Started_At__c,
      Ended_At__c: r.Ended_At__c,
      Status__c: r.Status__c,
      Current_Section__c: r.Current_Section__c,
      Audience_Size__c: r.Audience_Size__c,
      Join_Code__c: r.Join_Code__c
    });
  });

  // ---- on-demand and portal viewing --------------------------------------------------------------------
  const viewRng = stream('viewing');
  const affinity = PLANTED.affinity;
  const choiceWeight = (spec: CourseSpec, role: RoleGroup, band: TenureBand): number => {
    let w = spec.popularity;
    if (role === affinity.roleGroup && spec.key === affinity.courseKey) w *= affinity.choiceWeightMultiplier;
    for (const a of SECONDARY_AFFINITIES)
      if (a.roleGroup === role && a.courseKey === spec.key) w *= a.multiplier;
    if (band === 'New' && spec.key === 'onboarding') w *= 6;
    if (band === 'Mature' && spec.key === 'onboarding') w *= 0.3;
    if (band === 'Mature' && spec.key === 'upgrade') w *= 1.3;
    return w;
  };
  const dropOffCourse = courseByKey.get(PLANTED.dropOff.courseKey)!;
  const dwellOf = (section: DatasetSection): number => {
    if (section.Course__c === dropOffCourse.Id && section.Order__c === PLANTED.dropOff.sectionOrder) {
      return Math.round(clamp(viewRng.logNormal(75, 0.6), 10, 900));
    }
    const [median, min, max] = DWELL[section.Media_Type__c];
    return Math.round(clamp(viewRng.logNormal(median, 0.6), min, max));
  };
  const continueProbability = (section: DatasetSection): number =>
    section.Course__c === dropOffCourse.Id && section.Order__c === PLANTED.dropOff.sectionOrder
      ? PLANTED.dropOff.continueProbability
      : PLANTED.dropOff.baselineContinueProbability;

  for (const account of accounts) {
    const level = account.record.engagementLevel;
    if (level === 'None') continue;
    const band = account.record.tenureBand;
    const engageProbability =
      account.activeUntil < asOfMs
        ? 0.9
        : { High: 0.46, Medium: 0.3, Low: 0.13, None: 0 }[level] + (band === 'New' ? 0.15 : 0);
    const returnProbability = { High: 0.5, Medium: 0.35, Low: 0.2, None: 0 }[level];
    const until = account.activeUntil - HOUR_MS;
    if (until - account.activeFrom < DAY_MS) continue;
    for (const contact of account.contacts) {
      if (!viewRng.chance(engageProbability)) continue;
      const role = roleOf.get(contact.Id)!;
      const courseCount = Math.min(
        5,
        1 + (level === 'High' ? viewRng.poisson(1) : level === 'Medium' ? viewRng.poisson(0.6) : 0)
      );
      const remaining = COURSES.slice();
      for (let c = 0; c < courseCount; c++) {
        const spec = remaining.splice(
          viewRng.weightedIndex(remaining.map((s) => choiceWeight(s, role, band))),
          1
        )[0];
        const course = courseByKey.get(spec.key)!;
        const list = sectionsOf.get(course.Id)!;
        const channel: Channel = viewRng.chance(0.65) ? 'Portal' : 'On_Demand';
        let t =
          course.Id === surgeCourse.Id
            ? businessMoment(
                viewRng,
                account.activeFrom,
                until,
                surgeWeight,
                PLANTED.surge.startRateMultiplier
              )
            : businessMoment(viewRng, account.activeFrom, until);
        let furthest = 0;
        let pReturn = returnProbability;
        for (let visit = 1; visit <= 4 && t < until; visit++) {
          let order: number;
          let maxSteps = Infinity;
          if (visit === 1) order = 1;
          else if (furthest < list.length && viewRng.chance(0.6)) order = furthest;
          else {
            order = viewRng.int(1, Math.max(1, furthest));
            maxSteps = viewRng.int(2, 8);
          }
          for (let steps = 1; t < until; steps++) {
            const section = list[order - 1];
            const dwell = dwellOf(section);
            drafts.push({
              seq: seq++,
              type: 'View',
              at: t,
              dwell,
              section,
              channel,
              contact: contact.Id,
              account: account.record.Id
            });
            furthest = Math.max(furthest, order);
            t += dwell * 1000 + viewRng.int(2, 20) * 1000;
            if (order === list.length || steps >= maxSteps || !viewRng.chance(continueProbability(section)))
              break;
            order = Math.min(list.length, order + (viewRng.chance(0.04) ? viewRng.int(2, 3) : 1));
          }
          if (!viewRng.chance(pReturn)) break;
          pReturn *= 0.6;
          t += 45 * MINUTE_MS + viewRng.exponential(3 * DAY_MS);
        }
      }
    }
  }

  // ---- finalise events: visits, returns, previous sections, completions, keys and ids -------------------
  const activeUntil = new Map(accounts.map((a) => [a.record.Id, a.activeUntil]));
  const kept = drafts.filter(
    (d) => d.at >= periodStart && d.at < (d.account ? activeUntil.get(d.account)! : asOfMs)
  );
  kept.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const provisional = kept.map((d, i) => ({
    Event_Key__c: String(i).padStart(9, '0'),
    Type__c: d.type,
    Occurred_At__c: iso(d.at),
    Section__c: d.section.Id,
    Contact__c: d.contact,
    User__c: d.user
  }));
  const finalDrafts: (DraftEvent & { previous?: SfId })[] = [];
  for (const view of viewsInVisits(provisional, sections)) {
    const d = kept[view.index];
    finalDrafts.push({
      ...d,
      type: d.type === 'View' && view.isReturn ? 'Return' : d.type,
      previous: view.previousSection
    });
    const list = sectionsOf.get(d.section.Course__c)!;
    const completeAt = d.at + (d.dwell ?? 0) * 1000;
    if (
      view.firstViewOfSection &&
      d.section.Id === list[list.length - 1].Id &&
      completeAt < (d.account ? activeUntil.get(d.account)! : asOfMs)
    ) {
      finalDrafts.push({
        ...d,
        seq: d.seq,
        type: 'Complete',
        at: completeAt,
        dwell: undefined,
        previous: undefined
      });
    }
  }
  finalDrafts.sort(
    (a, b) =>
      a.at - b.at || a.seq - b.seq || (a.type === 'Complete' ? 1 : 0) - (b.type === 'Complete' ? 1 : 0)
  );
  const keyPrefix = `sd-${seed}-${asOf.replace(/-/g, '')}-`;
  const events: DatasetEvent[] = finalDrafts.map((d, i) =>
    dropUndefined({
      Id: fakeId('Engagement_Event__c', i + 1),
      Event_Key__c: keyPrefix + String(i + 1).padStart(7, '0'),
      Type__c: d.type,
      Occurred_At__c: iso(d.at),
      Dwell_Seconds__c: d.dwell,
      Section__c: d.section.Id,
      Previous_Section__c: d.previous,
      Course__c: d.section.Course__c,
      Session__c: d.session?.record.Id,
      Channel__c: d.channel,
      Contact__c: d.contact,
      Account__c: d.account,
      User__c: d.user
    })
  );

  // ---- cases -------------------------------------------------------------------------------------------
  const upgradeCourse = courseByKey.get(PLANTED.upgrade.courseKey)!;
  const upgradeCompletedAt = new Map<SfId, number>();
  for (const event of events) {
    if (event.Type__c === 'Complete' && event.Course__c === upgradeCourse.Id && event.Account__c) {
      if (!upgradeCompletedAt.has(event.Account__c))
        upgradeCompletedAt.set(event.Account__c, Date.parse(event.Occurred_At__c));
    }
  }
  const caseRng = stream('cases');
  const draftCases: (Omit<DatasetCase, 'Id'> & { seq: number })[] = [];
  const generalRate: Record<AccountSize, number> = { SMB: 0.3, 'Mid-Market': 0.6, Enterprise: 1.2 };
  const addCase = (account: AccountState, type: CaseType, at: number, urgent = false) => {
    const technical = account.contacts.filter(
      (c) => c.roleGroup === 'IT Admin' || c.roleGroup === 'Developer'
    );
    const contact = caseRng.pick(
      type === 'Upgrade / Version' && technical.length ? technical : account.contacts
    );
    const subject = caseRng.pick(CASE_SUBJECTS[type]);
    const ageDays = (asOfMs - at) / DAY_MS;
    const status: DatasetCase['Status'] = urgent
      ? caseRng.chance(0.5)
        ? 'Escalated'
        : 'Working'
      : ageDays > 21
        ? caseRng.chance(0.95)
          ? 'Closed'
          : 'Working'
        : caseRng.weighted<DatasetCase['Status']>([
            ['New', 40],
            ['Working', 40],
            ['Escalated', 20]
          ]);
    draftCases.push({
      seq: draftCases.length,
      Subject: subject,
      Description: `${subject}. Reported by ${contact.Name} (${contact.Title}).`,
      Type: type,
      Status: status,
      Priority: urgent
        ? 'High'
        : caseRng.weighted<DatasetCase['Priority']>(
            type === 'Problem'
              ? [
                  ['High', 40],
                  ['Medium', 45],
                  ['Low', 15]
                ]
              : type === 'Upgrade / Version'
                ? [
                    ['High', 30],
                    ['Medium', 50],
                    ['Low', 20]
                  ]
                : [
                    ['Medium', 40],
                    ['Low', 60]
                  ]
          ),
      Origin: caseRng.weighted<DatasetCase['Origin']>([
        ['Web', 50],
        ['Email', 35],
        ['Phone', 15]
      ]),
      AccountId: account.record.Id,
      ContactId: contact.Id,
      CreatedDate: iso(at)
    });
  };
  for (const account of accounts) {
    const size = account.record.size;
    const mean = (30 * DAY_MS) / generalRate[size];
    for (let t = account.activeFrom + caseRng.exponential(mean); t < asOfMs; t += caseRng.exponential(mean)) {
      addCase(
        account,
        caseRng.weighted<CaseType>([
          ['Question', 45],
          ['Problem', 40],
          ['Feature Request', 15]
        ]),
        t
      );
    }
    // Planted (2): version-related cases at a base rate, a quarter of it once the upgrade course is completed.
    const base = PLANTED.upgrade.baseRatePer30Days[size];
    const completed = upgradeCompletedAt.get(account.record.Id) ?? Infinity;
    const vMean = (30 * DAY_MS) / base;
    for (
      let t = account.activeFrom + caseRng.exponential(vMean);
      t < asOfMs;
      t += caseRng.exponential(vMean)
    ) {
      if (t >= completed && !caseRng.chance(PLANTED.upgrade.rateMultiplierAfterCompletion)) continue;
      addCase(account, 'Upgrade / Version', t);
    }
  }
  // Planted (3): the moment of truth — quiet accounts that open two or three cases in the last four weeks.
  for (const account of momentOfTruth) {
    for (let n = caseRng.int(PLANTED.quiet.momentOfTruthMinCases, 3); n > 0; n--) {
      addCase(account, 'Problem', asOfMs - caseRng.between(1, 28) * DAY_MS, true);
    }
  }
  draftCases.sort((a, b) => a.CreatedDate.localeCompare(b.CreatedDate) || a.seq - b.seq);
  const cases: DatasetCase[] = draftCases.map(({ seq: _seq, ...rest }, i) => ({
    Id: fakeId('Case', i + 1),
    ...rest
  }));

  // ---- opportunities -----------------------------------------------------------------------------------
  const viewTimesByAccount = new Map<SfId, number[]>();
  for (const event of events) {
    if (event.Account__c && event.Type__c !== 'Complete') {
      let list = viewTimesByAccount.get(event.Account__c);
      if (!list) viewTimesByAccount.set(event.Account__c, (list = []));
      list.push(Date.parse(event.Occurred_At__c));
    }
  }
  const oppRng = stream('opportunities');
  const lift = PLANTED.lift;
  const draftOpps: (Omit<DatasetOpportunity, 'Id'> & { seq: number })[] = [];
  const dealMedian: Record<AccountSize, number> = { SMB: 18000, 'Mid-Market': 60000, Enterprise: 220000 };
  for (const account of accounts) {
    const size = account.record.size;
    const count =
      size === 'SMB' ? oppRng.int(1, 2) : size === 'Mid-Market' ? oppRng.int(1, 3) : oppRng.int(2, 4);
    const createdMs = Date.parse(account.record.CreatedDate);
    const from = dayStart(Math.max(periodStart, createdMs + 30 * DAY_MS));
    const to = asOfMs + 90 * DAY_MS;
    for (let i = 0; i < count; i++) {
      const close = dayStart(oppRng.between(from, to));
      const label = oppRng.pick(OPPORTUNITY_NAMES);
      let amount = oppRng.logNormal(dealMedian[size], 0.4);
      let stage: string;
      let engagementBeforeClose: number | undefined;
      if (close < asOfMs) {
        engagementBeforeClose = countBetween(
          viewTimesByAccount.get(account.record.Id) ?? [],
          close - lift.engagementWindowDays * DAY_MS,
          close
        );
        // Planted (5): engagement before close raises the win rate and the deal size.
        const engaged = engagementBeforeClose >= lift.minEventsToCountAsEngaged;
        if (engaged) amount *= lift.amountMultiplierEngaged;
        stage = oppRng.chance(engaged ? lift.winRateEngaged : lift.winRateNotEngaged)
          ? 'Closed Won'
          : 'Closed Lost';
      } else {
        stage = oppRng.pick(OPEN_STAGES);
      }
      const opened = Math.max(createdMs, close - oppRng.int(30, 120) * DAY_MS);
      draftOpps.push(
        dropUndefined({
          seq: draftOpps.length,
          Name: `${account.record.Name} - ${label}`,
          AccountId: account.record.Id,
          OwnerId: oppRng.pick(executives).Id,
          Type:
            label === 'Renewal'
              ? ('Existing Customer - Replacement' as const)
              : ('Existing Customer - Upgrade' as const),
          StageName: stage,
          Amount: Math.max(500, Math.round(amount / 500) * 500),
          CloseDate: isoDate(close),
          CreatedDate: iso(businessMoment(oppRng, opened, opened + DAY_MS)),
          Entatio_Engagement_Before_Close__c: engagementBeforeClose
        })
      );
    }
  }
  draftOpps.sort((a, b) => a.CloseDate.localeCompare(b.CloseDate) || a.seq - b.seq);
  const opportunities: DatasetOpportunity[] = draftOpps.map(({ seq: _seq, ...rest }, i) => ({
    Id: fakeId('Opportunity', i + 1),
    ...rest
  }));

  // ---- activities and the planted patterns' documentation ----------------------------------------------
  const activities = deriveActivities(events, sections);
  const dropOffSection = sectionsOf.get(dropOffCourse.Id)![PLANTED.dropOff.sectionOrder - 1];
  const securityCourse = courseByKey.get(affinity.courseKey)!;
  const plantedPatterns: PlantedPattern[] = [
    {
      id: 'role-topic-affinity',
      title: `${affinity.roleGroup}s engage ${securityCourse.Topic__c} far more`,
      description:
        `Contacts in role group "${affinity.roleGroup}" pick the "${securityCourse.Name}" course with ` +
        `${affinity.choiceWeightMultiplier}x the weight other roles give it, so they view ${securityCourse.Topic__c} ` +
        'sections about four times as often per contact.',
      metric:
        `View/Present/Return events on sections with Topic__c "${securityCourse.Topic__c}" per contact of the role ` +
        'group, divided by the same rate for all other contacts.',
      parameters: {
        roleGroup: affinity.roleGroup,
        topic: securityCourse.Topic__c,
        courseId: securityCourse.Id,
        choiceWeightMultiplier: affinity.choiceWeightMultiplier,
        expectedRatioAtLeast: affinity.expectedRatioAtLeast,
        secondaryAffinities: SECONDARY_AFFINITIES.map((a) => ({
          roleGroup: a.roleGroup,
          topic: courseByKey.get(a.courseKey)!.Topic__c,
          choiceWeightMultiplier: a.multiplier
        }))
      }
    },
    {
      id: 'upgrade-fewer-version-cases',
      title: 'Accounts that complete the upgrade course open fewer version cases',
      description:
        `Every account opens "${PLANTED.upgrade.caseType}" cases at a base rate by size; from the first time one ` +
        `of its contacts completes "${upgradeCourse.Name}" the rate drops to ` +
        `${PLANTED.upgrade.rateMultiplierAfterCompletion * 100}%.`,
      metric:
        `"${PLANTED.upgrade.caseType}" cases per account per 30 days: for accounts with an upgrade-course Complete ` +
        'event, counted from the first completion to asOf; for the other accounts, from max(periodStart, ' +
        'CreatedDate) to asOf. The first rate divided by the second.',
      parameters: {
        courseId: upgradeCourse.Id,
        caseType: PLANTED.upgrade.caseType,
        baseRatePer30Days: { ...PLANTED.upgrade.baseRatePer30Days },
        rateMultiplierAfterCompletion: PLANTED.upgrade.rateMultiplierAfterCompletion,
        completedAccounts: [...upgradeCompletedAt.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([accountId, at]) => ({ accountId, firstCompletedAt: iso(at) })),
        expectedRateRatioAtMost: PLANTED.upgrade.expectedRateRatioAtMost
      }
    },
    {
      id: 'quiet-accounts',
      title: 'Engaged accounts that went quiet',
      description:
        `${quiet.length} highly engaged, established accounts stop all engagement ${PLANTED.quiet.quietDays}–` +
        `${PLANTED.quiet.quietDays + 14} days before asOf; ${momentOfTruth.length} of them also open ` +
        `${PLANTED.quiet.momentOfTruthMinCases}–3 high-priority problem cases in the last four weeks (a moment ` +
        'of truth for the health monitor).',
      metric:
        `Events of the account in the last ${PLANTED.quiet.quietDays} days before asOf (0), events before that ` +
        `(many), and cases created in the last ${PLANTED.quiet.momentOfTruthDays} days.`,
      parameters: {
        accountIds: quiet.map((a) => a.record.Id).sort(),
        quietDays: PLANTED.quiet.quietDays,
        momentOfTruthAccountIds: momentOfTruth.map((a) => a.record.Id).sort(),
        momentOfTruthDays: PLANTED.quiet.momentOfTruthDays,
        momentOfTruthMinCases: PLANTED.quiet.momentOfTruthMinCases
      }
    },
    {
      id: 'deck-drop-off',
      title: `Viewers drop off at slide ${PLANTED.dropOff.sectionOrder} of ${dropOffCourse.Name}`,
      description:
        `Section ${PLANTED.dropOff.sectionOrder} of "${dropOffCourse.Name}" ("${DROP_OFF_TITLE}") is a dense ` +
        `reference slide: viewers on it move on with probability ${PLANTED.dropOff.continueProbability} ` +
        `instead of ${PLANTED.dropOff.baselineContinueProbability}.`,
      metric:
        'Among contacts with a non-live view of the section, the share that never view the next section ' +
        '(compare with the same share for the other sections of the course).',
      parameters: {
        courseId: dropOffCourse.Id,
        sectionId: dropOffSection.Id,
        sectionOrder: PLANTED.dropOff.sectionOrder,
        continueProbability: PLANTED.dropOff.continueProbability,
        baselineContinueProbability: PLANTED.dropOff.baselineContinueProbability,
        expectedDropOffAtLeast: PLANTED.dropOff.expectedDropOffAtLeast
      }
    },
    {
      id: 'engagement-revenue-lift',
      title: 'Engagement before close lifts revenue',
      description:
        `Opportunities closing after ${lift.minEventsToCountAsEngaged}+ views by the account's contacts in the ` +
        `${lift.engagementWindowDays} days before close win ${lift.winRateEngaged * 100}% of the time (others ` +
        `${lift.winRateNotEngaged * 100}%) and are ${lift.amountMultiplierEngaged}x larger.`,
      metric:
        'Closed-won amount per closed opportunity (CloseDate before asOf) with Entatio_Engagement_Before_Close__c ' +
        `>= ${lift.minEventsToCountAsEngaged}, divided by the same for the other closed opportunities.`,
      parameters: { ...lift }
    },
    {
      id: 'surging-topic',
      title: `${surgeCourse.Topic__c} is surging`,
      description:
        `New viewers start "${surgeCourse.Name}" ${PLANTED.surge.startRateMultiplier}x as often per day in the ` +
        `last ${PLANTED.surge.surgeDays} days as before, so its topic's views surge in the last month.`,
      metric:
        `Views of sections with the topic in the last ${PLANTED.surge.surgeDays} days, divided by the average ` +
        `per ${PLANTED.surge.surgeDays} days over the rest of the period.`,
      parameters: {
        topic: surgeCourse.Topic__c,
        courseId: surgeCourse.Id,
        surgeDays: PLANTED.surge.surgeDays,
        startRateMultiplier: PLANTED.surge.startRateMultiplier,
        expectedSurgeAtLeast: PLANTED.surge.expectedSurgeAtLeast
      }
    }
  ];

  return {
    version: 1,
    seed,
    scale,
    asOf,
    generatedAt: iso(asOfMs),
    periodStart: iso(periodStart),
    accounts: accounts.map((a) => a.record),
    contacts,
    users,
    courses,
    sections,
    sessions,
    events,
    activities,
    cases,
    opportunities,
    plantedPatterns
  };
}

/** Median, min and max dwell seconds by media type. */
const DWELL: Record<MediaType, [number, number, number]> = {
  Slide_Page: [40, 5, 600],
  Image: [20, 3, 300],
  Video: [180, 20, 1200],
  HTML: [90, 10, 900],
  Link: [15, 2, 120]
};

function isDropOff(spec: CourseSpec, order: number): boolean {
  return spec.key === PLANTED.dropOff.courseKey && order === PLANTED.dropOff.sectionOrder;
}

/** Section titles of a course: a welcome, chapters × aspects, the drop-off slide where planted, a summary. */
function sectionTitles(spec: CourseSpec): string[] {
  const middle = spec.sections - 2;
  const titles = [`Welcome to ${spec.name}`];
  for (let c = 0; c < spec.chapters.length; c++) {
    const from = Math.floor((c * middle) / spec.chapters.length);
    const to = Math.floor(((c + 1) * middle) / spec.chapters.length);
    for (let j = 0; j < to - from; j++) {
      const aspect = SECTION_ASPECTS[j % SECTION_ASPECTS.length];
      const part = j >= SECTION_ASPECTS.length ? ` (part ${Math.floor(j / SECTION_ASPECTS.length) + 1})` : '';
      titles.push(`${spec.chapters[c]}: ${aspect}${part}`);
    }
  }
  titles.push('Summary and next steps');
  if (spec.key === PLANTED.dropOff.courseKey) titles[PLANTED.dropOff.sectionOrder - 1] = DROP_OFF_TITLE;
  return titles;
}

function tenureBandAt(customerSince: number, asOf: number): TenureBand {
  const days = (asOf - customerSince) / DAY_MS;
  return days < 180 ? 'New' : days < 730 ? 'Established' : 'Mature';
}

/** Number of sorted-or-not `times` in [from, to). */
function countBetween(times: readonly number[], from: number, to: number): number {
  let n = 0;
  for (const t of times) if (t >= from && t < to) n++;
  return n;
}
