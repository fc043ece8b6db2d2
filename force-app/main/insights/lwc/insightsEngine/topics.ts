/**
 * Market-wide topics and sections: what is viewed most across all accounts, and what is rising — recent
 * visits per day against the period before, tested with a quasi-Poisson rate ratio whose over-dispersion is
 * estimated robustly across topics.
 */
import { rateRatio, robustDispersion, round, roundEstimate } from './stats';
import type { InsightsInput, InsightsOptions, SectionStat, TopicInsights, TopicStat } from './types';

/** A topic counts as rising (falling) when significant and at least this factor up (down). */
export const TREND_MIN_FACTOR = 1.5;

export function topicsOf(
  input: InsightsInput,
  options: InsightsOptions,
  periodDays: number
): { topics: TopicInsights; trendTests: number } {
  const recentDays = Math.min(input.recentDays, periodDays - 1);
  const earlierDays = periodDays - recentDays;
  const merged = new Map<
    string,
    { events: number; visits: number; recentEvents: number; recentVisits: number }
  >();
  for (const t of input.topics) {
    const m = merged.get(t.topic) ?? { events: 0, visits: 0, recentEvents: 0, recentVisits: 0 };
    m.events += t.events;
    m.visits += t.visits;
    m.recentEvents += t.recentEvents;
    m.recentVisits += t.recentVisits;
    merged.set(t.topic, m);
  }
  const totalEvents = [...merged.values()].reduce((sum, t) => sum + t.events, 0);
  const rows = [...merged].map(([topic, t]) => ({ topic, ...t }));
  const testable = rows.filter((t) => t.visits >= options.minObservations);
  const phi = robustDispersion(
    testable.map((t) => rateRatio(t.recentVisits, t.visits - t.recentVisits, recentDays, earlierDays).z)
  );
  const threshold = options.alpha / Math.max(1, testable.length);
  const stats: TopicStat[] = rows.map((t) => {
    const { estimate, pValue } = rateRatio(
      t.recentVisits,
      t.visits - t.recentVisits,
      recentDays,
      earlierDays,
      phi
    );
    const tested = t.visits >= options.minObservations;
    return {
      topic: t.topic,
      events: t.events,
      visits: t.visits,
      recentEvents: t.recentEvents,
      recentVisits: t.recentVisits,
      share: round(totalEvents ? t.events / totalEvents : 0),
      trend: roundEstimate(estimate),
      pValue,
      rising: tested && pValue < threshold && estimate.value >= TREND_MIN_FACTOR,
      falling: tested && pValue < threshold && estimate.value <= 1 / TREND_MIN_FACTOR
    };
  });
  const top = [...stats].sort((a, b) => b.events - a.events || a.topic.localeCompare(b.topic));
  const rising = stats
    .filter((t) => t.rising)
    .sort((a, b) => b.trend.value - a.trend.value || a.topic.localeCompare(b.topic));

  const courseName = new Map(input.courses.map((c) => [c.id, c.name]));
  const sectionById = new Map(input.sections.map((s) => [s.id, s]));
  const sectionStats: SectionStat[] = [];
  for (const v of input.sectionViews) {
    const s = sectionById.get(v.sectionId);
    if (!s) continue;
    const earlier = v.events - v.recentEvents;
    sectionStats.push({
      sectionId: s.id,
      courseId: s.courseId,
      courseName: courseName.get(s.courseId) ?? '',
      order: s.order,
      title: s.title,
      topic: s.topic,
      events: v.events,
      recentEvents: v.recentEvents,
      trend: round(
        earlier > 0
          ? v.recentEvents / recentDays / (earlier / earlierDays)
          : v.recentEvents > 0
            ? Infinity
            : 1,
        3
      )
    });
  }
  const byId = (a: SectionStat, b: SectionStat): number => a.sectionId.localeCompare(b.sectionId);
  const topSections = [...sectionStats].sort((a, b) => b.events - a.events || byId(a, b)).slice(0, 10);
  const risingSections = sectionStats
    .filter((s) => s.events - s.recentEvents >= options.minObservations && s.trend > 1)
    .sort((a, b) => b.trend - a.trend || byId(a, b))
    .slice(0, 10);
  const months = [...(input.topicMonths ?? [])].sort(
    (a, b) => a.month.localeCompare(b.month) || a.topic.localeCompare(b.topic)
  );
  return { topics: { top, rising, topSections, risingSections, months }, trendTests: testable.length };
}
