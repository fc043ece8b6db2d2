/** A four-slide course where most viewers leave after slide 2 (a planted friction point). */
import type { CourseJourneyInput } from '@salesforce/apex/InsightsController';

export const COURSE_ID = 'a01Ex0000000001AAA';
export const sectionId = (n: number): string => `a02Ex00000000${String(n).padStart(2, '0')}AAA`;

export function journeyInput(overrides: Partial<CourseJourneyInput> = {}): CourseJourneyInput {
  return {
    periodStart: '2025-07-03',
    asOf: '2026-01-01',
    recentDays: 30,
    course: { id: COURSE_ID, name: 'Security Fundamentals', topic: 'Security' },
    sections: [1, 2, 3, 4].map((n) => ({
      id: sectionId(n),
      courseId: COURSE_ID,
      order: n,
      title: `Slide ${n}`,
      topic: 'Security'
    })),
    transitions: [
      { fromSectionId: null, toSectionId: sectionId(1), count: 200, recentCount: 40 },
      { fromSectionId: sectionId(1), toSectionId: sectionId(2), count: 190, recentCount: 38 },
      { fromSectionId: sectionId(2), toSectionId: sectionId(3), count: 80, recentCount: 16 },
      { fromSectionId: sectionId(3), toSectionId: sectionId(4), count: 76, recentCount: 15 }
    ],
    completions: 70,
    truncated: false,
    ...overrides
  };
}
