/**
 * A small app-wide input with planted signal: IT admins engage Security far more than others, slide 2 of the
 * Security course loses most viewers, and engaged accounts win more.
 */
import type { InsightsInput } from '@salesforce/apex/InsightsController';
import { COURSE_ID, journeyInput } from '../../../courseJourney/__tests__/data/journeyInput';

const ONBOARDING_ID = 'a01Ex0000000002AAA';
const accountId = (n: number): string => `001Ex00000000${String(n).padStart(2, '0')}AAA`;

export function insightsInput(overrides: Partial<InsightsInput> = {}): InsightsInput {
  const journey = journeyInput();
  const accounts = Array.from({ length: 20 }, (_, i) => ({
    id: accountId(i + 1),
    name: `Account ${i + 1}`,
    type: 'Customer - Direct',
    industry: 'Technology',
    employees: 100,
    events: i < 10 ? 40 : 0,
    visits: i < 10 ? 8 : 0,
    recentVisits: i < 10 ? 2 : 0
  }));
  const opportunities = accounts.flatMap((a, i) =>
    [0, 1].map((k) => ({
      accountId: a.id,
      closeDate: '2025-11-0' + (k + 1),
      amount: i < 10 ? 60000 : 25000,
      won: i < 10 ? k === 0 || i % 2 === 0 : k === 0 && i % 3 === 0,
      engagementBeforeClose: i < 10 ? 8 : 0
    }))
  );
  return {
    periodStart: journey.periodStart,
    asOf: journey.asOf,
    recentDays: 30,
    courses: [journey.course, { id: ONBOARDING_ID, name: 'Onboarding 101', topic: 'Onboarding' }],
    sections: journey.sections,
    population: [
      { title: 'IT Administrator', accountType: 'Customer - Direct', industry: 'Technology', contacts: 60 },
      {
        title: 'Sales Representative',
        accountType: 'Customer - Direct',
        industry: 'Technology',
        contacts: 60
      }
    ],
    segments: [
      seg('IT Administrator', 'Security', 420, 84),
      seg('Sales Representative', 'Security', 40, 8),
      seg('IT Administrator', 'Onboarding', 120, 24),
      seg('Sales Representative', 'Onboarding', 130, 26)
    ],
    topics: [
      { topic: 'Security', events: 460, visits: 92, recentEvents: 75, recentVisits: 15 },
      { topic: 'Onboarding', events: 250, visits: 50, recentEvents: 40, recentVisits: 8 }
    ],
    topicMonths: [],
    sectionViews: journey.sections.map((s, i) => ({
      sectionId: s.id,
      events: 200 - i * 40,
      recentEvents: 30
    })),
    accounts,
    accountTopics: accounts
      .filter((a) => a.events > 0)
      .map((a) => ({ accountId: a.id, topic: 'Security', events: a.events })),
    opportunities,
    journeys: [journey],
    truncated: [],
    ...overrides
  };
}

function seg(title: string, topic: string, events: number, visits: number) {
  return {
    title,
    accountType: 'Customer - Direct',
    industry: 'Technology',
    topic,
    events,
    visits,
    recentEvents: Math.round(events / 6),
    recentVisits: Math.round(visits / 6)
  };
}

export { COURSE_ID };
