/**
 * Journey model of one course: an absorbing Markov chain over self-paced section-to-section steps.
 * From the step counts (previous section → section) it derives, per section, the exit rate (views after which
 * the visit ended), the most likely next step, and the probability of reaching the last section; per course the
 * chance that a visit reaches the end and the expected section views per visit; friction points (sections
 * with an exit rate significantly above the rest of the deck) and sections whose exit rate changed in the
 * recent window.
 */
import { round, roundEstimate, twoSidedP, upperP, wilson } from './stats';
import type {
  CourseJourney,
  CourseJourneyInput,
  DropOffChange,
  InsightsOptions,
  JourneyHotspot,
  JourneySection,
  NextStep
} from './types';

/** A hotspot's exit rate must exceed the deck's by this much (fraction) and by this factor. */
const HOTSPOT_MIN_EXCESS = 0.1;
const HOTSPOT_MIN_FACTOR = 1.5;
/** A drop-off change must move the exit rate by at least this much. */
const CHANGE_MIN_DELTA = 0.1;

interface Flow {
  views: number;
  recentViews: number;
  starts: number;
  out: Map<string, number>;
  outTotal: number;
  recentOutTotal: number;
}

export interface JourneyTests {
  journey: CourseJourney;
  /** Number of hotspot and change tests run (for the caller's multiple-testing budget). */
  hotspotTests: number;
  changeTests: number;
}

function twoProportion(k1: number, n1: number, k2: number, n2: number): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se > 0 ? (k1 / n1 - k2 / n2) / se : 0;
}

export function journeyOf(input: CourseJourneyInput, options: InsightsOptions): JourneyTests {
  const sections = [...input.sections].sort((a, b) => a.order - b.order);
  const index = new Map(sections.map((s, i) => [s.id, i]));
  const flows: Flow[] = sections.map(() => ({
    views: 0,
    recentViews: 0,
    starts: 0,
    out: new Map(),
    outTotal: 0,
    recentOutTotal: 0
  }));
  let visits = 0;
  for (const t of input.transitions) {
    const to = index.get(t.toSectionId);
    if (to === undefined || t.count <= 0) continue;
    flows[to]!.views += t.count;
    flows[to]!.recentViews += t.recentCount;
    const from = t.fromSectionId === null ? undefined : index.get(t.fromSectionId);
    if (from === undefined) {
      // A visit's first view (or a step from a section outside the course, which starts a path here too).
      flows[to]!.starts += t.count;
      visits += t.count;
      continue;
    }
    const f = flows[from]!;
    f.out.set(t.toSectionId, (f.out.get(t.toSectionId) ?? 0) + t.count);
    f.outTotal += t.count;
    f.recentOutTotal += t.recentCount;
  }
  const n = sections.length;
  const views = flows.reduce((sum, f) => sum + f.views, 0);
  // Step probabilities P(i → j) = steps / views of i; leaving = the rest.
  const prob = flows.map((f) => {
    const row: [number, number][] = [];
    if (f.views > 0) for (const [id, c] of f.out) row.push([index.get(id)!, Math.min(c, f.views) / f.views]);
    return row;
  });

  // Probability of reaching the last section: r(last) = 1, r(i) = Σ P(i→j) r(j); Gauss–Seidel from the end,
  // which converges in a sweep or two for decks walked forwards.
  const reach = new Array<number>(n).fill(0);
  if (n) reach[n - 1] = 1;
  for (let sweep = 0; sweep < 500; sweep++) {
    let change = 0;
    for (let i = n - 2; i >= 0; i--) {
      let r = 0;
      for (const [j, p] of prob[i]!) r += p * reach[j]!;
      change = Math.max(change, Math.abs(r - reach[i]!));
      reach[i] = r;
    }
    if (change < 1e-12) break;
  }

  // Expected views per section per visit: v = s + vP (s = start distribution), by Gauss–Seidel in deck order
  // over incoming steps (forward steps settle in one sweep, steps back in a few more).
  const start = flows.map((f) => (visits ? f.starts / visits : 0));
  const incoming: [number, number][][] = sections.map(() => []);
  prob.forEach((row, i) => {
    for (const [j, p] of row) incoming[j]!.push([i, p]);
  });
  const expected = start.slice();
  for (let sweep = 0; sweep < 1000; sweep++) {
    let change = 0;
    for (let j = 0; j < n; j++) {
      let v = start[j]!;
      for (const [i, p] of incoming[j]!) v += expected[i]! * p;
      change = Math.max(change, Math.abs(v - expected[j]!));
      expected[j] = v;
    }
    if (change < 1e-12) break;
  }
  const total = expected.reduce((a, b) => a + b, 0);
  const visitCompletion = visits ? start.reduce((sum, s, i) => sum + s * reach[i]!, 0) : 0;

  const exits = flows.map((f) => Math.max(0, f.views - f.outTotal));
  const exitEstimates = flows.map((f, i) => wilson(exits[i]!, f.views));

  // Friction points: one-sided two-proportion test of a section's exit rate against the other sections'
  // (last section excluded: leaving there is finishing).
  const testable = sections.map((_, i) => i < n - 1 && flows[i]!.views >= options.minObservations);
  const tested = testable.filter(Boolean).length;
  const allViews = flows.slice(0, n - 1).reduce((sum, f) => sum + f.views, 0);
  const allExits = exits.slice(0, n - 1).reduce((sum, e) => sum + e, 0);
  const hotspots: JourneyHotspot[] = [];
  const hotspotFlag = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n - 1; i++) {
    if (!testable[i]) continue;
    const k = exits[i]!;
    const v = flows[i]!.views;
    const bk = allExits - k;
    const bv = allViews - v;
    if (bv < options.minObservations) continue;
    const p = upperP(twoProportion(k, v, bk, bv));
    const rate = k / v;
    const base = bk / bv;
    if (
      p < options.alpha / Math.max(1, tested) &&
      rate - base >= HOTSPOT_MIN_EXCESS &&
      rate >= HOTSPOT_MIN_FACTOR * base
    ) {
      hotspotFlag[i] = true;
      hotspots.push({
        sectionId: sections[i]!.id,
        order: sections[i]!.order,
        title: sections[i]!.title,
        exitRate: roundEstimate(exitEstimates[i]!),
        baseline: roundEstimate(wilson(bk, bv)),
        excess: round(rate - base),
        pValue: p
      });
    }
  }
  hotspots.sort((a, b) => a.pValue - b.pValue || a.order - b.order);

  // Drop-off changes: recent window vs before, per section (two-sided).
  const changes: DropOffChange[] = [];
  let changeTests = 0;
  for (let i = 0; i < n - 1; i++) {
    const f = flows[i]!;
    const rv = f.recentViews;
    const ev = f.views - rv;
    if (rv < options.minObservations || ev < options.minObservations) continue;
    changeTests++;
    const rk = Math.max(0, rv - f.recentOutTotal);
    const ek = Math.max(0, ev - (f.outTotal - f.recentOutTotal));
    const p = twoSidedP(twoProportion(rk, rv, ek, ev));
    if (Math.abs(rk / rv - ek / ev) >= CHANGE_MIN_DELTA) {
      changes.push({
        sectionId: sections[i]!.id,
        order: sections[i]!.order,
        title: sections[i]!.title,
        recent: roundEstimate(wilson(rk, rv)),
        earlier: roundEstimate(wilson(ek, ev)),
        pValue: p
      });
    }
  }
  const significantChanges = changes
    .filter((c) => c.pValue < options.alpha / changeTests)
    .sort((a, b) => a.pValue - b.pValue);

  const journeySections: JourneySection[] = sections.map((s, i) => {
    const f = flows[i]!;
    const steps: NextStep[] = [...f.out]
      .map(([id, count]) => {
        const target = sections[index.get(id)!]!;
        return {
          sectionId: id,
          order: target.order,
          title: target.title,
          probability: count / f.views,
          count
        };
      })
      .sort((a, b) => b.count - a.count || a.order - b.order);
    const mostLikelyNextSectionId = steps[0]?.sectionId ?? null;
    const leaving: NextStep = {
      sectionId: null,
      order: null,
      title: 'Left the course',
      probability: f.views ? exits[i]! / f.views : 0,
      count: exits[i]!
    };
    const next = (exits[i]! > 0 ? [...steps, leaving] : steps)
      .sort((a, b) => b.count - a.count || (a.order ?? Infinity) - (b.order ?? Infinity))
      .slice(0, 3)
      .map((step) => ({ ...step, probability: round(step.probability) }));
    return {
      sectionId: s.id,
      order: s.order,
      title: s.title,
      topic: s.topic,
      views: f.views,
      starts: f.starts,
      exits: exits[i]!,
      exitRate: roundEstimate(exitEstimates[i]!),
      next,
      mostLikelyNextSectionId,
      reachEnd: round(reach[i]!),
      hotspot: hotspotFlag[i]!
    };
  });

  const completion = wilson(Math.round(visitCompletion * visits), visits);
  return {
    journey: {
      courseId: input.course.id,
      courseName: input.course.name,
      topic: input.course.topic,
      visits,
      views,
      completionRate:
        input.viewers !== undefined && input.viewers > 0
          ? roundEstimate(wilson(Math.min(input.completions, input.viewers), input.viewers))
          : null,
      completions: input.completions,
      visitCompletion: roundEstimate({ ...completion, value: visitCompletion }),
      expectedSectionsViewed: {
        model: round(visits ? total : 0, 3),
        observed: round(visits ? views / visits : 0, 3),
        n: visits
      },
      sections: journeySections,
      hotspots,
      dropOffChanges: significantChanges
    },
    hotspotTests: tested,
    changeTests
  };
}
