/** c/slideViewer driven by c/followAlong: it moves to the presenter's section and records views with the session. */
import { createElement } from 'lwc';
import SlideViewer from 'c/slideViewer';
import openCourse from '@salesforce/apex/ViewerController.openCourse';
import recordEvents from '@salesforce/apex/ViewerController.recordEvents';
import type { ClientEvent, CourseView } from '@salesforce/apex/ViewerController';

jest.mock('@salesforce/apex/ViewerController.openCourse', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ViewerController.recordEvents', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type ViewerElement = HTMLElement & { recordId?: string; sessionId?: string; followSectionId?: string };
const COURSE_ID = 'a01Ex0000000001AAA';
const SESSION_ID = 'a05Ex0000000001AAA';
const sectionId = (n: number) => `a02Ex00000000${String(n).padStart(2, '0')}AAA`;

const course: CourseView = {
  id: COURSE_ID,
  name: 'Onboarding',
  status: 'Published',
  sectionCount: 3,
  sections: [1, 2, 3].map((n) => ({
    id: sectionId(n),
    position: n,
    title: `Slide title ${n}`,
    mediaType: 'Slide_Page' as const,
    status: 'Ready' as const
  })),
  activities: [],
  channel: 'On_Demand',
  serverTime: new Date().toISOString(),
  eventLimits: {
    maxEventsPerCall: 200,
    maxKeyLength: 64,
    maxDwellSeconds: 14400,
    maxClockSkewSeconds: 300,
    maxEventAgeDays: 30
  }
};

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const shownTitle = (element: HTMLElement) =>
  (element.shadowRoot!.querySelector('c-course-media-preview') as unknown as { section?: { title: string } })
    ?.section?.title;

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  localStorage.clear();
  jest.clearAllMocks();
});

describe('c-slide-viewer following a live session', () => {
  it('shows the section it is told to follow and records its views with the session', async () => {
    mocked(openCourse).mockResolvedValue(course);
    mocked(recordEvents).mockImplementation(async ({ events }: { events: ClientEvent[] }) => ({
      accepted: events.map((e) => e.key),
      rejected: [],
      retry: []
    }));
    const element = createElement('c-slide-viewer', { is: SlideViewer }) as ViewerElement;
    element.recordId = COURSE_ID;
    element.sessionId = SESSION_ID;
    element.followSectionId = sectionId(2); // before the course has loaded
    document.body.appendChild(element);
    await flush();
    expect(shownTitle(element)).toBe('Slide title 2');

    element.followSectionId = sectionId(3).slice(0, 15); // 15-character ids match too
    await flush();
    expect(shownTitle(element)).toBe('Slide title 3');

    window.dispatchEvent(new CustomEvent('pagehide'));
    await flush();
    const views = mocked(recordEvents)
      .mock.calls.flatMap((call) => (call[0] as { events: ClientEvent[] }).events)
      .filter((e) => e.type === 'View');
    expect(views.length).toBeGreaterThanOrEqual(2);
    for (const view of views) {
      expect(view.sessionId).toBe(SESSION_ID);
      expect(view.channel).toBe('Live');
    }
  });
});
