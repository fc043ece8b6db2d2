import { createElement } from 'lwc';
import InsightsPage from 'c/insightsPage';
import getInsightsInput from '@salesforce/apex/InsightsController.getInsightsInput';
import getCourseJourneyInput from '@salesforce/apex/InsightsController.getCourseJourneyInput';
import { COURSE_ID, insightsInput } from './data/insightsInput';
import { journeyInput } from '../../courseJourney/__tests__/data/journeyInput';

jest.mock('@salesforce/apex/InsightsController.getInsightsInput', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/InsightsController.getCourseJourneyInput', () => ({ default: jest.fn() }), {
  virtual: true
});

// axe over the whole page (charts of every section) takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 8; i++) await Promise.resolve();
};

async function mount(): Promise<HTMLElement> {
  const element = createElement('c-insights-page', { is: InsightsPage });
  document.body.appendChild(element);
  await flush();
  return element;
}

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-insights-page', () => {
  beforeEach(() => {
    mocked(getCourseJourneyInput).mockResolvedValue(journeyInput());
  });

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('analyses the aggregates in the browser and shows cards, journeys, segments, revenue and topics', async () => {
    mocked(getInsightsInput).mockResolvedValue(insightsInput());
    const element = await mount();
    const root = element.shadowRoot!;

    const kinds = [...root.querySelectorAll('[data-id="cards"] article')].map((a) =>
      a.getAttribute('data-kind')
    );
    expect(kinds).toContain('drop-off-hotspot');
    expect(kinds).toContain('revenue-lift');
    const hotspot = root.querySelector('[data-kind="drop-off-hotspot"]');
    expect(text(hotspot)).toContain('Security Fundamentals');
    expect(text(hotspot)).toMatch(/n = 190/);

    // The journeys open on the course with the friction point.
    const picker = root.querySelector('select[data-id="course-picker"]') as HTMLSelectElement;
    expect(picker.value).toBe(COURSE_ID);
    expect((root.querySelector('c-course-journey') as unknown as { recordId: string }).recordId).toBe(
      COURSE_ID
    );

    const heat = root.querySelector('c-heat-map') as unknown as {
      cells: { row: string; column: string; value: number; size: number }[];
    };
    const itSecurity = heat.cells.find((c) => c.row === 'IT Admin' && c.column === 'Security')!;
    const userSecurity = heat.cells.find((c) => c.row === 'End User' && c.column === 'Security')!;
    expect(itSecurity.size).toBe(60);
    expect(itSecurity.value).toBeGreaterThan(5 * userSecurity.value);

    expect(text(root.querySelector('[data-id="statement"]'))).toMatch(/^Association, not causation/);
    const lift = root.querySelector('c-bar-chart[data-id="lift"]') as unknown as {
      rows: { key: string; value: number; low?: number; high?: number }[];
    };
    expect(lift.rows[0]!.key).toBe('overall');
    expect(lift.rows[0]!.value).toBeGreaterThan(1);
    expect(lift.rows[0]!.low).toBeLessThanOrEqual(lift.rows[0]!.value);
    expect(root.querySelectorAll('[data-id="win-rates"] tbody tr')).toHaveLength(2);

    const top = root.querySelector('c-bar-chart[data-id="top-topics"]') as unknown as {
      rows: { key: string }[];
    };
    expect(top.rows.map((r) => r.key)).toEqual(['Security', 'Onboarding']);

    await expect(element).toBeAccessible();
  });

  it('switches the heat map to one account type and the journeys to another course', async () => {
    mocked(getInsightsInput).mockResolvedValue(insightsInput());
    const element = await mount();
    const root = element.shadowRoot!;
    const filter = root.querySelector('select[data-id="segment-filter"]') as HTMLSelectElement;
    filter.value = 'accountType:Customer - Direct';
    filter.dispatchEvent(new CustomEvent('change'));
    await flush();
    const heat = root.querySelector('c-heat-map') as unknown as {
      heading: string;
      cells: { size: number }[];
    };
    expect(heat.heading).toContain('Account type: Customer - Direct');
    expect(heat.cells.length).toBeGreaterThan(0);

    const picker = root.querySelector('select[data-id="course-picker"]') as HTMLSelectElement;
    picker.value = 'a01Ex0000000002AAA';
    picker.dispatchEvent(new CustomEvent('change'));
    await flush();
    expect((root.querySelector('c-course-journey') as unknown as { recordId: string }).recordId).toBe(
      'a01Ex0000000002AAA'
    );
  });

  it('shows no cards and an empty state on data without engagement', async () => {
    mocked(getInsightsInput).mockResolvedValue(
      insightsInput({ topics: [], segments: [], sectionViews: [], journeys: [], accountTopics: [] })
    );
    const element = await mount();
    const panel = element.shadowRoot!.querySelector('c-state-panel') as unknown as {
      variant: string;
      heading: string;
    };
    expect(panel.variant).toBe('empty');
    expect(panel.heading).toBe('No engagement yet');
    expect(element.shadowRoot!.querySelector('[data-id="cards"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the no-access state when Apex refuses', async () => {
    mocked(getInsightsInput).mockRejectedValue({
      status: 500,
      body: { message: "You don't have access to insights. Ask your Salesforce administrator for access." }
    });
    const element = await mount();
    const panel = element.shadowRoot!.querySelector('c-state-panel') as unknown as { variant: string };
    expect(panel.variant).toBe('no-access');
  });
});
