import { createElement } from 'lwc';
import EngagementPanel from 'c/engagementPanel';
import getPanel from '@salesforce/apex/EngagementPanelController.getPanel';
import type { Panel } from '@salesforce/apex/EngagementPanelController';

jest.mock('@salesforce/apex/EngagementPanelController.getPanel', () => ({ default: jest.fn() }), {
  virtual: true
});

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const NavigationMixin = (Base: new () => object) =>
    class extends Base {
      [Navigate](pageReference: unknown): void {
        mockNavigate(pageReference);
      }
      [GenerateUrl](): Promise<string> {
        return Promise.resolve('');
      }
    };
  return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type PanelElement = HTMLElement & { recordId?: string };

const ACCOUNT_ID = '001Ex0000000001AAA';
const CONTACT_ID = '003Ex0000000001AAA';
const COURSE_ID = 'a01Ex0000000001AAA';

function emptyPanel(overrides: Partial<Panel> = {}): Panel {
  return {
    scope: 'Account',
    recordId: ACCOUNT_ID,
    accountId: ACCOUNT_ID,
    summary: { views: 0, engagedContacts: 0, coursesEngaged: 0, awaitingReturnCount: 0 },
    contacts: [],
    courses: [],
    heatMap: [],
    topSections: [],
    awaitingReturn: [],
    notViewed: [],
    overTime: [],
    limits: { contacts: 15, courses: 8, sections: 10, months: 12 },
    ...overrides
  };
}

function engagedPanel(overrides: Partial<Panel> = {}): Panel {
  const section = (n: number) => ({
    sectionId: `a02Ex00000000${n}0AAA`,
    title: `Slide ${n}`,
    order: n,
    courseId: COURSE_ID,
    courseName: 'Onboarding'
  });
  return emptyPanel({
    summary: {
      views: 12,
      engagedContacts: 1,
      coursesEngaged: 1,
      awaitingReturnCount: 1,
      engagementScore: 63.2,
      lastEngagedAt: '2025-12-01T10:00:00.000Z'
    },
    contacts: [{ id: CONTACT_ID, name: 'Yara Santos', title: 'Business Analyst', views: 12, sections: 3 }],
    courses: [
      { id: COURSE_ID, name: 'Onboarding', views: 12, sectionsViewed: 3, sectionCount: 5, contacts: 1 }
    ],
    heatMap: [{ contactId: CONTACT_ID, courseId: COURSE_ID, views: 12 }],
    topSections: [{ ...section(1), views: 6 }],
    awaitingReturn: [{ ...section(2), contactId: CONTACT_ID, contactName: 'Yara Santos', views: 1 }],
    notViewed: [section(4), section(5)],
    overTime: [
      { month: '2025-11', views: 4, wonAmount: 0 },
      { month: '2025-12', views: 8, wonAmount: 25000 }
    ],
    ...overrides
  });
}

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

async function mount(result: Panel | Error, recordId = ACCOUNT_ID): Promise<PanelElement> {
  if (result instanceof Error) mocked(getPanel).mockRejectedValue(result);
  else mocked(getPanel).mockResolvedValue(result);
  const element = createElement('c-engagement-panel', { is: EngagementPanel }) as PanelElement;
  element.recordId = recordId;
  document.body.appendChild(element);
  await flush();
  return element;
}

const $ = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector);
const $$ = (element: HTMLElement, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-engagement-panel', () => {
  it('asks for the record it is placed on', async () => {
    await mount(engagedPanel());
    expect(getPanel).toHaveBeenCalledWith({ recordId: ACCOUNT_ID });
  });

  it('shows the summary, contacts, heat map, chart and lists of an engaged account', async () => {
    const element = await mount(engagedPanel());
    expect(text($(element, '[data-id="summary"]'))).toContain('Engagement score63');
    expect(text($(element, '[data-id="summary"]'))).toContain('Engaged contacts1');
    expect($$(element, '[data-id="contacts"] li')).toHaveLength(1);
    expect(text($(element, '[data-id="contacts"] li'))).toContain('Business Analyst');
    const heatMap = $(element, 'c-engagement-heat-map') as HTMLElement & { cells: unknown[] };
    expect(heatMap.cells).toHaveLength(1);
    expect($$(heatMap, 'rect.cell')).toHaveLength(1);
    const chart = $(element, 'c-engagement-trend-chart') as HTMLElement;
    expect($$(chart, 'circle.point')).toHaveLength(2);
    expect(text($(element, '[data-id="awaiting-return"]'))).toContain(
      'Onboarding · slide 2 · Yara Santos · 1 view'
    );
    expect($$(element, '[data-id="not-viewed"] li')).toHaveLength(2);
    await expect(element).toBeAccessible();
  });

  it('shows a contact without the account-only tiles', async () => {
    const element = await mount(engagedPanel({ scope: 'Contact', recordId: CONTACT_ID }), CONTACT_ID);
    expect(text($(element, 'h2'))).toBe('Engagement of this contact');
    expect(text($(element, '[data-id="summary"]'))).not.toContain('Engaged contacts');
  });

  it('shows the empty state when nobody engaged', async () => {
    const element = await mount(emptyPanel());
    const state = $(element, 'c-state-panel') as HTMLElement & { variant: string; heading: string };
    expect(state.variant).toBe('empty');
    expect(state.heading).toBe('No engagement yet');
    expect($(element, '[data-id="summary"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the no-access state when the server refuses', async () => {
    const element = await mount(
      Object.assign(new Error('refused'), {
        body: { message: "You don't have access to engagement data. Ask your Salesforce administrator ..." }
      })
    );
    const state = $(element, 'c-state-panel') as HTMLElement & { variant: string };
    expect(state.variant).toBe('no-access');
  });

  it('shows other errors as errors', async () => {
    const element = await mount(
      Object.assign(new Error('boom'), { body: { message: 'Something went wrong.' } })
    );
    const state = $(element, 'c-state-panel') as HTMLElement & { variant: string };
    expect(state.variant).toBe('error');
  });

  it('shows a loading state until the answer arrives', async () => {
    mocked(getPanel).mockReturnValue(new Promise(() => undefined));
    const element = createElement('c-engagement-panel', { is: EngagementPanel }) as PanelElement;
    element.recordId = ACCOUNT_ID;
    document.body.appendChild(element);
    await flush();
    expect(($(element, 'c-state-panel') as HTMLElement & { variant: string }).variant).toBe('loading');
  });

  it('Present navigates to the course asking for the presenter; Share opens the sharing groups', async () => {
    const element = await mount(engagedPanel());
    const present = $(element, '[data-id="courses"] lightning-button') as HTMLElement;
    present.click();
    expect(mockNavigate).toHaveBeenLastCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: COURSE_ID, objectApiName: 'Course__c', actionName: 'view' },
      state: { c__action: 'present' }
    });
    const share = $$(element, 'lightning-button').find(
      (b) => (b as HTMLElement & { label: string }).label === 'Share a course'
    );
    share!.click();
    expect(mockNavigate).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'standard__objectPage',
        attributes: { objectApiName: 'Sharing_Group__c', actionName: 'list' }
      })
    );
  });

  it('refreshes on request', async () => {
    const element = await mount(engagedPanel());
    ($(element, 'lightning-button-icon') as HTMLElement).click();
    await flush();
    expect(getPanel).toHaveBeenCalledTimes(2);
  });

  it('heat map data is available as a table', async () => {
    const element = await mount(engagedPanel());
    const heatMap = $(element, 'c-engagement-heat-map') as HTMLElement;
    const toggle = $(heatMap, 'button.table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await flush();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($$(heatMap, 'table tbody tr')).toHaveLength(1);
    expect(text($(heatMap, 'table tbody tr'))).toBe('Yara Santos12');
    await expect(element).toBeAccessible();
  });
});
