import { createElement } from 'lwc';
import CourseJourney from 'c/courseJourney';
import getCourseJourneyInput from '@salesforce/apex/InsightsController.getCourseJourneyInput';
import { COURSE_ID, journeyInput, sectionId } from './data/journeyInput';

jest.mock('@salesforce/apex/InsightsController.getCourseJourneyInput', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type JourneyElement = HTMLElement & { recordId?: string };

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function mount(): Promise<JourneyElement> {
  const element = createElement('c-course-journey', { is: CourseJourney }) as unknown as JourneyElement;
  element.recordId = COURSE_ID;
  document.body.appendChild(element);
  await flush();
  return element;
}

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-course-journey', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it("analyses the course's transitions in the browser: summary, friction point, charts and next steps", async () => {
    mocked(getCourseJourneyInput).mockResolvedValue(journeyInput());
    const element = await mount();
    const root = element.shadowRoot!;

    expect(getCourseJourneyInput).toHaveBeenCalledWith({ courseId: COURSE_ID });
    expect(text(root.querySelector('[data-key="visits"]'))).toContain('200');
    expect(text(root.querySelector('[data-key="reach-end"]'))).toMatch(/n = 200 visits/);

    const hotspots = root.querySelectorAll('[data-id="hotspots"] li');
    expect(hotspots).toHaveLength(1);
    expect(hotspots[0]!.getAttribute('data-key')).toBe(sectionId(2));
    expect(text(hotspots[0])).toContain('2. Slide 2');
    expect(text(hotspots[0])).toMatch(/58 % of views end the visit here .*n = 190 views/);

    const charts = root.querySelectorAll('c-bar-chart');
    expect(charts).toHaveLength(2);
    const reach = (charts[0] as unknown as { rows: { key: string; value: number; highlight?: boolean }[] })
      .rows;
    expect(reach.map((r) => r.key)).toEqual([1, 2, 3, 4].map(sectionId));
    expect(reach[3]!.value).toBe(1);
    expect(reach.find((r) => r.highlight)?.key).toBe(sectionId(2));

    const next = root.querySelector(`[data-id="next-steps"] tr[data-key="${sectionId(2)}"]`);
    expect(text(next)).toMatch(/Leaves: 58 % \(110\)/);
    expect(text(next)).toMatch(/3\. Slide 3: 42 % \(80\)/);

    await expect(element).toBeAccessible();
  });

  it('says so when nobody has viewed the course', async () => {
    mocked(getCourseJourneyInput).mockResolvedValue(journeyInput({ transitions: [], completions: 0 }));
    const element = await mount();
    const panel = element.shadowRoot!.querySelector('c-state-panel') as unknown as {
      variant: string;
      heading: string;
    };
    expect(panel.variant).toBe('empty');
    expect(panel.heading).toBe('No journeys yet');
    expect(element.shadowRoot!.querySelector('c-bar-chart')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows no access and errors with their own states', async () => {
    mocked(getCourseJourneyInput).mockRejectedValue({
      status: 500,
      body: { message: "You don't have access to insights. Ask your Salesforce administrator." }
    });
    let element = await mount();
    let panel = element.shadowRoot!.querySelector('c-state-panel') as unknown as { variant: string };
    expect(panel.variant).toBe('no-access');
    document.body.removeChild(element);

    mocked(getCourseJourneyInput).mockRejectedValue({
      status: 500,
      body: { message: 'Something went wrong.' }
    });
    element = await mount();
    panel = element.shadowRoot!.querySelector('c-state-panel') as unknown as { variant: string };
    expect(panel.variant).toBe('error');
  });

  it('loads the journeys of another course when the record changes', async () => {
    mocked(getCourseJourneyInput).mockResolvedValue(journeyInput());
    const element = await mount();
    element.recordId = 'a01Ex0000000002AAA';
    await flush();
    expect(getCourseJourneyInput).toHaveBeenLastCalledWith({ courseId: 'a01Ex0000000002AAA' });
  });
});
