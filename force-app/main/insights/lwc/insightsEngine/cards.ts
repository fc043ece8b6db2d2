/**
 * Insight cards: the significant findings of every analysis in plain words, each with its headline figure,
 * interval, observations and evidence. Only findings that pass their test (Bonferroni-corrected within their
 * kind) and a minimum size of effect become cards, so data without signal gives none.
 */
import type { QuietAccount } from './accounts';
import { AFFINITY_MIN_RATIO, QUIET_MAX_RATIO } from './segments';
import { round } from './stats';
import type {
  CourseJourney,
  Estimate,
  InsightCard,
  RevenueInsights,
  SegmentInsights,
  TopicInsights
} from './types';

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const times = (x: number): string => `${x >= 10 ? Math.round(x) : round(x, 1)}×`;
const interval = (e: Estimate, f: (x: number) => string): string => `${f(e.low)} – ${f(e.high)}`;
/** Thousands separated by commas (no Intl: it is slow to construct and varies by runtime). */
const money = (x: number): string => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function metric(label: string, e: Estimate): InsightCard['metric'] {
  return { label, value: e.value, low: e.low, high: e.high, n: e.n };
}

export function cardsOf(parts: {
  journeys: CourseJourney[];
  segments: SegmentInsights;
  revenue: RevenueInsights;
  topics: TopicInsights;
  quietAccounts: QuietAccount[];
  recentDays: number;
}): InsightCard[] {
  const cards: InsightCard[] = [];
  const { recentDays } = parts;

  for (const t of parts.topics.top) {
    if (!t.rising && !t.falling) continue;
    const rising = t.rising;
    cards.push({
      id: `${rising ? 'topic-surge' : 'topic-decline'}:${t.topic}`,
      kind: rising ? 'topic-surge' : 'topic-decline',
      tone: rising ? 'opportunity' : 'risk',
      title: rising ? `${t.topic} is surging` : `${t.topic} is fading`,
      summary:
        `Visits to ${t.topic} content in the last ${recentDays} days ran at ${times(t.trend.value)} their earlier ` +
        `daily rate (95 % interval ${interval(t.trend, times)}).`,
      subject: { type: 'topic', id: t.topic, name: t.topic },
      metric: metric(`Visits per day, last ${recentDays} days ÷ before`, t.trend),
      evidence: [
        { label: `Visits, last ${recentDays} days`, value: String(t.recentVisits) },
        { label: 'Visits before', value: String(t.visits - t.recentVisits) },
        { label: 'Views in the period', value: String(t.events) }
      ],
      pValue: t.pValue
    });
  }

  for (const a of parts.quietAccounts) {
    cards.push({
      id: `account-quiet:${a.accountId}`,
      kind: 'account-quiet',
      tone: 'risk',
      title: `${a.name} has gone quiet`,
      summary:
        `No engagement for ${a.silentDays} days after ${a.visitsBefore} visits (about ${a.visitsPerWeekBefore} a ` +
        `week); a silence this long is unlikely for its usual rhythm.`,
      subject: { type: 'account', id: a.accountId, name: a.name },
      metric: {
        label: 'Days without engagement',
        value: a.silentDays,
        low: a.silentDays,
        high: a.silentDays,
        n: a.visitsBefore
      },
      evidence: [
        { label: 'Visits before the silence', value: String(a.visitsBefore) },
        { label: 'Visits per week before', value: String(a.visitsPerWeekBefore) },
        { label: 'Visits expected during the silence', value: String(a.expectedVisits) }
      ],
      pValue: a.pValue
    });
  }

  for (const s of parts.segments.changes) {
    if (!s.significant || s.ratio.value > QUIET_MAX_RATIO) continue;
    const name = `${s.roleGroup} at ${s.accountType || 'unknown type'} accounts`;
    cards.push({
      id: `segment-quiet:${s.roleGroup}:${s.accountType}`,
      kind: 'segment-quiet',
      tone: 'risk',
      title: `${name} are going quiet`,
      summary:
        `${name} visited at ${pct(s.ratio.value)} of their earlier daily rate in the last ${recentDays} days ` +
        `(95 % interval ${interval(s.ratio, pct)}).`,
      subject: { type: 'segment', id: `${s.roleGroup}|${s.accountType}`, name },
      metric: metric(`Visits per day, last ${recentDays} days ÷ before`, s.ratio),
      evidence: [
        { label: 'People in the segment', value: String(s.people) },
        { label: `Visits, last ${recentDays} days`, value: String(s.recentVisits) },
        { label: 'Visits before', value: String(s.earlierVisits) }
      ],
      pValue: s.pValue
    });
  }

  for (const j of parts.journeys) {
    for (const h of j.hotspots) {
      cards.push({
        id: `drop-off-hotspot:${h.sectionId}`,
        kind: 'drop-off-hotspot',
        tone: 'risk',
        title: `Viewers leave ${j.courseName} at slide ${h.order}`,
        summary:
          `${pct(h.exitRate.value)} of views of “${h.title}” end the visit (95 % interval ${interval(h.exitRate, pct)}), ` +
          `against ${pct(h.baseline.value)} elsewhere in the deck.`,
        subject: { type: 'section', id: h.sectionId, name: `${j.courseName} · ${h.order}. ${h.title}` },
        metric: metric('Exit rate after this slide', h.exitRate),
        evidence: [
          { label: 'Views of the slide', value: String(h.exitRate.n) },
          {
            label: 'Exit rate elsewhere in the deck',
            value: `${pct(h.baseline.value)} of ${h.baseline.n} views`
          },
          { label: 'Visits reaching the end', value: pct(j.visitCompletion.value) }
        ],
        pValue: h.pValue
      });
    }
    for (const c of j.dropOffChanges) {
      const up = c.recent.value > c.earlier.value;
      cards.push({
        id: `drop-off-jump:${c.sectionId}`,
        kind: 'drop-off-jump',
        tone: up ? 'risk' : 'opportunity',
        title: up
          ? `Drop-off jumped at ${j.courseName}, slide ${c.order}`
          : `Fewer viewers leave ${j.courseName} at slide ${c.order}`,
        summary:
          `In the last ${recentDays} days ${pct(c.recent.value)} of views of “${c.title}” ended the visit ` +
          `(95 % interval ${interval(c.recent, pct)}), against ${pct(c.earlier.value)} before.`,
        subject: { type: 'section', id: c.sectionId, name: `${j.courseName} · ${c.order}. ${c.title}` },
        metric: metric(`Exit rate, last ${recentDays} days`, c.recent),
        evidence: [
          { label: 'Exit rate before', value: `${pct(c.earlier.value)} of ${c.earlier.n} views` },
          { label: `Views, last ${recentDays} days`, value: String(c.recent.n) }
        ],
        pValue: c.pValue
      });
    }
  }

  for (const a of parts.segments.affinities) {
    if (!a.significant || a.ratio.value < AFFINITY_MIN_RATIO) continue;
    cards.push({
      id: `role-topic-affinity:${a.roleGroup}:${a.topic}`,
      kind: 'role-topic-affinity',
      tone: 'info',
      title: `${a.roleGroup} contacts engage ${a.topic} ${times(a.ratio.value)} as much`,
      summary:
        `${a.roleGroup} contacts view ${a.topic} content ${times(a.ratio.value)} as often per person as other ` +
        `contacts (95 % interval ${interval(a.ratio, times)}).`,
      subject: { type: 'segment', id: `${a.roleGroup}|${a.topic}`, name: `${a.roleGroup} × ${a.topic}` },
      metric: metric('Views per person, this role ÷ other roles', a.ratio),
      evidence: [
        { label: `${a.roleGroup} contacts`, value: String(a.people) },
        { label: 'Views per person per month', value: String(a.eventsPerPersonPerMonth) },
        {
          label: 'Other contacts, views per person per month',
          value: String(a.othersEventsPerPersonPerMonth)
        }
      ],
      pValue: a.pValue
    });
  }

  // Overall lift, plus topics whose lift stands out from it (the interval clears the overall figure): every
  // topic's engaged opportunities are a subset of the overall engaged ones, so a card per topic would repeat it.
  const overall = parts.revenue.overall;
  const revenue = [
    ...(overall?.significant ? [overall] : []),
    ...parts.revenue.byTopic.filter((c) => c.significant && (!overall || c.lift.low > overall.lift.value))
  ];
  for (const r of revenue) {
    const what = r.topic ? `${r.topic} content` : 'courses';
    cards.push({
      id: `revenue-lift:${r.topic ?? 'all'}`,
      kind: 'revenue-lift',
      tone: 'opportunity',
      title: r.topic
        ? `Engagement with ${r.topic} goes with more revenue`
        : 'Engaged accounts close more revenue',
      summary:
        `Opportunities of accounts engaged with ${what} before close won ${times(r.lift.value)} the amount per ` +
        `closed opportunity of comparable non-engaged accounts (95 % interval ${interval(r.lift, times)}). ` +
        'An association, not proof that engagement causes it.',
      subject: { type: 'topic', id: r.topic ?? 'all', name: r.topic ?? 'All courses' },
      metric: metric('Won amount per closed opportunity, engaged ÷ comparable', r.lift),
      evidence: [
        {
          label: 'Engaged: closed opportunities, win rate, won per closed',
          value: `${r.engaged.opportunities}, ${pct(r.engaged.winRate.value)}, ${money(r.engaged.wonAmountPerClosed)}`
        },
        {
          label: 'Not engaged: closed opportunities, win rate, won per closed',
          value: `${r.comparison.opportunities}, ${pct(r.comparison.winRate.value)}, ${money(r.comparison.wonAmountPerClosed)}`
        },
        {
          label: 'Win rate difference (matched)',
          value: `${Math.round(r.winRateDifference.value * 100)} points (${Math.round(r.winRateDifference.low * 100)} to ${Math.round(r.winRateDifference.high * 100)})`
        }
      ],
      pValue: r.pValue
    });
  }

  return cards.sort((a, b) => a.pValue - b.pValue || a.id.localeCompare(b.id));
}
