import { createElement } from 'lwc';
import SlideViewer from 'c/slideViewer';
import openCourse from '@salesforce/apex/ViewerController.openCourse';
import recordEvents from '@salesforce/apex/ViewerController.recordEvents';
import type { ClientEvent, CourseView, SectionView } from '@salesforce/apex/ViewerController';

jest.mock('@salesforce/apex/ViewerController.openCourse', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ViewerController.recordEvents', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type ViewerElement = HTMLElement & { recordId?: string };

const COURSE_ID = 'a01Ex0000000001AAA';
const sectionId = (n: number) => `a02Ex00000000${String(n).padStart(2, '0')}AAA`;

function courseOf(count: number, overrides: Partial<CourseView> = {}): CourseView {
  const sections: SectionView[] = Array.from({ length: count }, (_, i) => ({
    id: sectionId(i + 1),
    position: i + 1,
    title: `Slide title ${i + 1}`,
    mediaType: 'Slide_Page',
    pageNumber: i + 1,
    status: 'Ready',
    imageUrl: `https://example.com/page-${i + 1}.png`
  }));
  return {
    id: COURSE_ID,
    name: 'Onboarding basics',
    status: 'Published',
    sectionCount: count,
    sections,
    activities: sections.map((s) => ({
      sectionId: s.id,
      state: 'Not_Viewed',
      viewCount: 0,
      visitCount: 0,
      totalDwellSeconds: 0
    })),
    channel: 'On_Demand',
    serverTime: new Date(Date.now() + 60_000).toISOString(),
    eventLimits: {
      maxEventsPerCall: 200,
      maxKeyLength: 64,
      maxDwellSeconds: 14400,
      maxClockSkewSeconds: 300,
      maxEventAgeDays: 30
    },
    ...overrides
  };
}

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function mount(course: CourseView | Error = courseOf(4)): Promise<ViewerElement> {
  if (course instanceof Error) mocked(openCourse).mockRejectedValue(course);
  else mocked(openCourse).mockResolvedValue(course);
  const element = createElement('c-slide-viewer', { is: SlideViewer }) as ViewerElement;
  element.recordId = COURSE_ID;
  document.body.appendChild(element);
  await flush();
  return element;
}

const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector);
const $$ = (element: HTMLElement, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];

function currentTitle(element: HTMLElement): string | undefined {
  const preview = $(element, 'c-course-media-preview') as unknown as { section?: { title: string } };
  return preview?.section?.title;
}

function press(element: HTMLElement, key: string): void {
  $(element, 'section')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

/** The events the queue stored for the user (before they are sent). */
function queued(): ClientEvent[] {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith('entatio:queue:'));
  return keys.flatMap((k) => (JSON.parse(localStorage.getItem(k)!) as { events: ClientEvent[] }).events);
}

beforeEach(() => {
  localStorage.clear();
  mocked(recordEvents).mockImplementation(async ({ events }: { events: ClientEvent[] }) => ({
    accepted: events.map((e) => e.key),
    rejected: [],
    retry: []
  }));
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
  jest.useRealTimers();
});

describe('c-slide-viewer', () => {
  it('opens the course and resumes at the last viewed section', async () => {
    const element = await mount(courseOf(4, { resumeSectionId: sectionId(3) }));
    expect(openCourse).toHaveBeenCalledWith({ courseId: COURSE_ID });
    expect(currentTitle(element)).toBe('Slide title 3');
    expect($(element, '.entatio-viewer__position')!.textContent).toBe('3 of 4');
    const current = $$(element, '.entatio-thumb').map((b) => b.getAttribute('aria-current'));
    expect(current).toEqual(['false', 'false', 'true', 'false']);
    await expect(element).toBeAccessible();
  });

  it('prefetches the pictures of the previous and next sections', async () => {
    const sources: string[] = [];
    const OriginalImage = window.Image;
    window.Image = class {
      decoding = '';
      set src(value: string) {
        sources.push(value);
      }
    } as unknown as typeof Image;
    try {
      const element = await mount(courseOf(5, { resumeSectionId: sectionId(3) }));
      expect(sources.sort()).toEqual(['https://example.com/page-2.png', 'https://example.com/page-4.png']);
      press(element, 'ArrowRight');
      expect(sources).toContain('https://example.com/page-5.png');
    } finally {
      window.Image = OriginalImage;
    }
  });

  it('navigates with the keyboard, the buttons and the thumbnails without calling the server', async () => {
    const element = await mount(courseOf(4));
    expect(currentTitle(element)).toBe('Slide title 1');
    press(element, 'ArrowRight');
    await flush();
    expect(currentTitle(element)).toBe('Slide title 2');
    press(element, 'PageDown');
    await flush();
    expect(currentTitle(element)).toBe('Slide title 3');
    press(element, 'ArrowLeft');
    await flush();
    expect(currentTitle(element)).toBe('Slide title 2');
    press(element, 'End');
    await flush();
    expect(currentTitle(element)).toBe('Slide title 4');
    press(element, 'ArrowRight'); // stays on the last
    await flush();
    expect(currentTitle(element)).toBe('Slide title 4');
    press(element, 'Home');
    await flush();
    expect(currentTitle(element)).toBe('Slide title 1');

    (element.shadowRoot!.querySelector('.entatio-viewer__next') as HTMLElement).click();
    await flush();
    expect(currentTitle(element)).toBe('Slide title 2');

    $$(element, '.entatio-thumb')[3]!.click();
    await flush();
    expect(currentTitle(element)).toBe('Slide title 4');
    expect($(element, '.entatio-thumb_current')!.getAttribute('data-index')).toBe('3');
    expect($(element, '.entatio-viewer__position')!.textContent).toBe('4 of 4');
    expect(openCourse).toHaveBeenCalledTimes(1);
    expect(recordEvents).not.toHaveBeenCalled();
  });

  it('changes slide on a swipe past the threshold only', async () => {
    const element = await mount(courseOf(3));
    const stage = $(element, '.entatio-viewer__stage')!;
    const pointer = (type: string, x: number) => {
      const event = new MouseEvent(type, { clientX: x, clientY: 10, bubbles: true }) as PointerEvent;
      Object.assign(event, { pointerId: 1, isPrimary: true });
      stage.dispatchEvent(event);
    };
    pointer('pointerdown', 300);
    pointer('pointerup', 280);
    await flush();
    expect(currentTitle(element)).toBe('Slide title 1');
    pointer('pointerdown', 300);
    pointer('pointerup', 100);
    await flush();
    expect(currentTitle(element)).toBe('Slide title 2');
    pointer('pointerdown', 100);
    pointer('pointerup', 300);
    await flush();
    expect(currentTitle(element)).toBe('Slide title 1');
  });

  it('queues a View with the previous section, dwell and server time when leaving a section', async () => {
    jest.useFakeTimers({ now: new Date('2025-03-01T10:00:00Z') });
    const course = courseOf(3, { serverTime: '2025-03-01T10:01:00.000Z' }); // server 60 s ahead
    const element = await mount(course);
    jest.advanceTimersByTime(12_000);
    press(element, 'ArrowRight');
    jest.advanceTimersByTime(5_400);
    press(element, 'ArrowRight'); // the last one: Complete

    // The first View may already have been sent (the queue's 2 s debounce ran during the 5.4 s): take both.
    const sent = () => mocked(recordEvents).mock.calls.flatMap((call) => call[0].events as ClientEvent[]);
    // (An event in flight is still in storage until it is acknowledged.)
    const events = [...new Map([...sent(), ...queued()].map((e) => [e.key, e])).values()];
    expect(events.map((e) => [e.type, e.sectionId])).toEqual([
      ['View', sectionId(1)],
      ['View', sectionId(2)],
      ['Complete', sectionId(3)]
    ]);
    const [first, second] = events;
    expect(first).toMatchObject({
      courseId: COURSE_ID,
      channel: 'On_Demand',
      previousSectionId: null,
      dwellSeconds: 12,
      occurredAt: '2025-03-01T10:01:00.000Z'
    });
    expect(second).toMatchObject({
      previousSectionId: sectionId(1),
      dwellSeconds: 5,
      occurredAt: '2025-03-01T10:01:12.000Z'
    });
    expect(new Set(events.map((e) => e.key)).size).toBe(3);

    // Sent after the queue's debounce, each key once; acknowledged keys leave storage.
    await jest.advanceTimersByTimeAsync(2_000);
    expect(sent().map((e) => e.key)).toEqual(events.map((e) => e.key));
    expect(queued()).toEqual([]);
  });

  describe('videos', () => {
    const videoCourse = (): CourseView => {
      const course = courseOf(3);
      course.sections[0] = {
        ...course.sections[0]!,
        mediaType: 'Video',
        pageNumber: null,
        imageUrl: null,
        mediaUrl: '/sfc/servlet.shepherd/version/download/068Ex0000000001AAA'
      };
      return course;
    };
    const videoOf = (element: HTMLElement): HTMLVideoElement =>
      ($(element, 'c-course-media-preview') as HTMLElement).shadowRoot!.querySelector('video')!;
    const setHidden = (hidden: boolean): void => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (hidden ? 'hidden' : 'visible')
      });
      document.dispatchEvent(new CustomEvent('visibilitychange'));
    };

    afterEach(() => {
      delete (document as unknown as { visibilityState?: string }).visibilityState;
    });

    it('keeps the view open while the video plays in a hidden page, and queues Watched when it ends', async () => {
      const element = await mount(videoCourse());
      const video = videoOf(element);
      expect(video).not.toBeNull();
      video.dispatchEvent(new CustomEvent('play'));
      setHidden(true);
      await flush();
      expect(queued().filter((e) => e.type === 'View')).toEqual([]);
      video.dispatchEvent(new CustomEvent('ended'));
      await flush();
      const events = queued();
      expect(events.map((e) => [e.type, e.sectionId])).toEqual([
        ['Watched', sectionId(1)],
        ['View', sectionId(1)]
      ]);
      expect(events.some((e) => e.type === 'Complete')).toBe(false);
      expect(events[0]!.dwellSeconds).toBeUndefined();
      expect(events[0]!.courseId).toBe(COURSE_ID);
    });

    it('closes the view when the video pauses in a hidden page, without Watched', async () => {
      const element = await mount(videoCourse());
      const video = videoOf(element);
      video.dispatchEvent(new CustomEvent('play'));
      setHidden(true);
      video.dispatchEvent(new CustomEvent('pause'));
      await flush();
      expect(queued().map((e) => e.type)).toEqual(['View']);
      // Back on the page: a new view opens as for any section.
      setHidden(false);
      press(element, 'ArrowRight');
      await flush();
      expect(queued().map((e) => e.type)).toEqual(['View', 'View']);
    });

    it('closes the view as usual when the page is hidden and no video plays', async () => {
      const element = await mount(videoCourse());
      expect(videoOf(element)).not.toBeNull();
      setHidden(true);
      await flush();
      // Hiding the page also sends the queue at once.
      const sent = mocked(recordEvents).mock.calls.flatMap(([{ events }]) => events as ClientEvent[]);
      expect([...sent, ...queued()].map((e) => e.type)).toEqual(['View']);
    });

    it("ignores playback of a section that isn't shown", async () => {
      const element = await mount(videoCourse());
      const preview = $(element, 'c-course-media-preview') as HTMLElement;
      preview.dispatchEvent(
        new CustomEvent('mediaplayback', {
          detail: { sectionId: sectionId(3), state: 'ended', position: 10, duration: 10 }
        })
      );
      await flush();
      expect(queued()).toEqual([]);
    });
  });

  it('closes the open view when the component goes away, and keeps unsent events', async () => {
    mocked(recordEvents).mockRejectedValue(new Error('offline'));
    const element = await mount(courseOf(3));
    press(element, 'ArrowRight');
    document.body.removeChild(element);
    await flush();
    expect(queued().map((e) => e.sectionId)).toEqual([sectionId(1), sectionId(2)]);
  });

  it('shows the empty, error and no-access states', async () => {
    let element = await mount(courseOf(0));
    expect($(element, 'c-state-panel')!.getAttribute('variant') ?? '').toBeDefined();
    expect(($(element, 'c-state-panel') as unknown as { heading: string }).heading).toBe(
      'This course has no slides yet'
    );
    await expect(element).toBeAccessible();
    document.body.removeChild(element);

    element = await mount(Object.assign(new Error('x'), { body: { message: 'Something broke.' } }));
    const panel = $(element, 'c-state-panel') as unknown as { variant: string; errors: unknown };
    expect(panel.variant).toBe('error');
    document.body.removeChild(element);

    element = await mount(
      Object.assign(new Error('x'), { status: 403, body: { message: 'Insufficient access' } })
    );
    expect(($(element, 'c-state-panel') as unknown as { variant: string }).variant).toBe('no-access');
  });

  it('falls back to a fixed full-window layout without the Fullscreen API', async () => {
    const element = await mount(courseOf(2));
    const section = $(element, 'section') as HTMLElement & { requestFullscreen?: unknown };
    section.requestFullscreen = undefined;
    (element.shadowRoot!.querySelector('.entatio-viewer__fullscreen') as HTMLElement).click();
    await flush();
    expect($(element, 'section')!.classList).toContain('entatio-viewer_fixed');
    press(element, 'Escape');
    await flush();
    expect($(element, 'section')!.classList).not.toContain('entatio-viewer_fixed');
  });

  it('marks and measures each slide change for the bench', async () => {
    const timing = performance as unknown as Record<string, unknown>;
    const original = { mark: timing.mark, measure: timing.measure, clearMarks: timing.clearMarks };
    const mark = jest.fn();
    const measure = jest.fn();
    Object.assign(timing, { mark, measure, clearMarks: jest.fn() });
    try {
      const element = await mount(courseOf(3));
      measure.mockClear();
      press(element, 'ArrowRight');
      await flush();
      expect(mark).toHaveBeenCalledWith('entatio:slide-change:start');
      expect(measure).toHaveBeenCalledTimes(1);
      expect(measure).toHaveBeenCalledWith('entatio:slide-change', {
        start: 'entatio:slide-change:start',
        end: 'entatio:slide-change:end',
        detail: 2
      });
    } finally {
      Object.assign(timing, original);
    }
  });
});
