/**
 * Segment × topic engagement: view events per person per month by role group (from the contact title) ×
 * account type or industry × topic, with the number of people in each cell; role × topic affinities (rate
 * ratio against all other contacts, with a cluster-robust interval: title × account type × industry cells are
 * the clusters, so people who view many sections do not pass for many independent observations); and recent
 * vs earlier visits per role group × account type (segments going quiet).
 */
import { roleGroupOfTitle } from './roles';
import { logRatioEstimate, rateRatio, robustDispersion, round, roundEstimate, twoSidedP } from './stats';
import type {
  InsightsInput,
  InsightsOptions,
  RoleGroup,
  RoleTopicAffinity,
  SegmentCell,
  SegmentChange,
  SegmentInsights
} from './types';

/** Affinities worth a card: at least this ratio, significant. */
export const AFFINITY_MIN_RATIO = 1.5;
/** Segment changes worth a card: recent rate at most this fraction of before, significant. */
export const QUIET_MAX_RATIO = 0.5;

interface Cluster {
  role: RoleGroup;
  accountType: string;
  industry: string;
  people: number;
  events: Map<string, number>;
  visits: number;
  recentVisits: number;
}

const key = (...parts: string[]): string => parts.join('\u0000');

/** Variance of log(Σe / Σp) over clusters (ratio estimator, sandwich form), floored at the Poisson variance. */
function varLogRate(clusters: Cluster[], topic: string): { events: number; people: number; varLog: number } {
  let events = 0;
  let people = 0;
  for (const c of clusters) {
    events += c.events.get(topic) ?? 0;
    people += c.people;
  }
  if (events <= 0 || people <= 0) return { events, people, varLog: Infinity };
  const rate = events / people;
  let sum = 0;
  let k = 0;
  for (const c of clusters) {
    if (!c.people && !(c.events.get(topic) ?? 0)) continue;
    const r = (c.events.get(topic) ?? 0) - rate * c.people;
    sum += r * r;
    k++;
  }
  const robust = k > 1 ? ((sum / (events * events)) * k) / (k - 1) : Infinity;
  return { events, people, varLog: Math.max(robust, 1 / events) };
}

export function segmentsOf(
  input: InsightsInput,
  options: InsightsOptions,
  periodDays: number
): { segments: SegmentInsights; affinityTests: number; changeTests: number } {
  const months = periodDays / (365.25 / 12);
  const recentDays = Math.min(input.recentDays, periodDays - 1);
  const clusters = new Map<string, Cluster>();
  const clusterOf = (title: string, accountType: string, industry: string): Cluster => {
    const k = key(title, accountType, industry);
    let c = clusters.get(k);
    if (!c) {
      c = {
        role: roleGroupOfTitle(title, options.roleGroups),
        accountType,
        industry,
        people: 0,
        events: new Map(),
        visits: 0,
        recentVisits: 0
      };
      clusters.set(k, c);
    }
    return c;
  };
  for (const p of input.population) clusterOf(p.title, p.accountType, p.industry).people += p.contacts;
  const topicSet = new Set<string>();
  for (const s of input.segments) {
    const c = clusterOf(s.title, s.accountType, s.industry);
    c.events.set(s.topic, (c.events.get(s.topic) ?? 0) + s.events);
    c.visits += s.visits;
    c.recentVisits += s.recentVisits;
    topicSet.add(s.topic);
  }
  const topics = [...topicSet].sort();
  const all = [...clusters.values()];
  const roles = [...new Set(all.map((c) => c.role))].sort();

  // Cells: role × account type × topic and role × industry × topic.
  const cells: SegmentCell[] = [];
  for (const dimension of ['accountType', 'industry'] as const) {
    const groups = new Map<string, Cluster[]>();
    for (const c of all) {
      const k = key(c.role, c[dimension]);
      const members = groups.get(k);
      if (members) members.push(c);
      else groups.set(k, [c]);
    }
    for (const members of groups.values()) {
      const people = members.reduce((sum, c) => sum + c.people, 0);
      if (!people) continue;
      for (const topic of topics) {
        const events = members.reduce((sum, c) => sum + (c.events.get(topic) ?? 0), 0);
        cells.push({
          roleGroup: members[0]!.role,
          accountDimension: dimension,
          accountValue: members[0]![dimension],
          topic,
          people,
          events,
          eventsPerPersonPerMonth: round(events / people / months)
        });
      }
    }
  }
  cells.sort(
    (a, b) =>
      a.accountDimension.localeCompare(b.accountDimension) ||
      a.roleGroup.localeCompare(b.roleGroup) ||
      a.accountValue.localeCompare(b.accountValue) ||
      a.topic.localeCompare(b.topic)
  );

  // Affinities: role vs everybody else, per topic.
  const affinities: RoleTopicAffinity[] = [];
  const testable: { a: RoleTopicAffinity; p: number }[] = [];
  for (const role of roles) {
    const inRole = all.filter((c) => c.role === role);
    const others = all.filter((c) => c.role !== role);
    for (const topic of topics) {
      const mine = varLogRate(inRole, topic);
      const rest = varLogRate(others, topic);
      if (!mine.people || !rest.people || !rest.events) continue;
      const rate = mine.events / mine.people;
      const otherRate = rest.events / rest.people;
      const ratio = rate / otherRate;
      const varLog = mine.varLog + rest.varLog;
      const p =
        mine.events > 0 && Number.isFinite(varLog) ? twoSidedP(Math.log(ratio) / Math.sqrt(varLog)) : 1;
      const affinity: RoleTopicAffinity = {
        roleGroup: role,
        topic,
        people: mine.people,
        events: mine.events,
        eventsPerPersonPerMonth: round(rate / months),
        othersEventsPerPersonPerMonth: round(otherRate / months),
        ratio: roundEstimate(logRatioEstimate(ratio, varLog, mine.people)),
        pValue: p,
        significant: false
      };
      affinities.push(affinity);
      if (mine.people >= options.minObservations && mine.events > 0) testable.push({ a: affinity, p });
    }
  }
  for (const { a, p } of testable) a.significant = p < options.alpha / testable.length;
  affinities.sort((a, b) => b.ratio.value - a.ratio.value || a.roleGroup.localeCompare(b.roleGroup));

  // Segment changes: role × account type, recent vs earlier visits per day, quasi-Poisson.
  const bySegment = new Map<
    string,
    { role: RoleGroup; accountType: string; people: number; v: number; r: number }
  >();
  for (const c of all) {
    const k = key(c.role, c.accountType);
    const s = bySegment.get(k) ?? { role: c.role, accountType: c.accountType, people: 0, v: 0, r: 0 };
    s.people += c.people;
    s.v += c.visits;
    s.r += c.recentVisits;
    bySegment.set(k, s);
  }
  const segs = [...bySegment.values()].filter((s) => s.v >= options.minObservations);
  const raw = segs.map((s) => rateRatio(s.r, s.v - s.r, recentDays, periodDays - recentDays));
  const phi = robustDispersion(raw.map((r) => r.z));
  const changes: SegmentChange[] = segs.map((s) => {
    const { estimate, pValue } = rateRatio(s.r, s.v - s.r, recentDays, periodDays - recentDays, phi);
    return {
      roleGroup: s.role,
      accountType: s.accountType,
      people: s.people,
      ratio: roundEstimate(estimate),
      recentVisits: s.r,
      earlierVisits: s.v - s.r,
      pValue,
      significant: pValue < options.alpha / Math.max(1, segs.length)
    };
  });
  changes.sort((a, b) => a.ratio.value - b.ratio.value);

  const roleGroups = roles.map((role) => {
    const members = all.filter((c) => c.role === role);
    return {
      roleGroup: role,
      people: members.reduce((sum, c) => sum + c.people, 0),
      events: members.reduce((sum, c) => sum + [...c.events.values()].reduce((a, b) => a + b, 0), 0)
    };
  });

  return {
    segments: { months: round(months, 3), roleGroups, topics, cells, affinities, changes },
    affinityTests: testable.length,
    changeTests: segs.length
  };
}
