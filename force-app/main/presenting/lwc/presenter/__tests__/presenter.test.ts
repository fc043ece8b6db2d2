import { createElement } from 'lwc';
import Presenter from 'c/presenter';
import openCourse from '@salesforce/apex/ViewerController.openCourse';
import getPresentableCourses from '@salesforce/apex/PresenterController.getPresentableCourses';
import getSpeakerNotes from '@salesforce/apex/PresenterController.getSpeakerNotes';
import getAudienceSources from '@salesforce/apex/PresenterController.getAudienceSources';
import getMembers from '@salesforce/apex/PresenterController.getMembers';
import startSession from '@salesforce/apex/PresenterController.startSession';
import showSection from '@salesforce/apex/PresenterController.showSection';
import endSession from '@salesforce/apex/PresenterController.endSession';
import type { CourseView } from '@salesforce/apex/ViewerController';
import type { SessionView, Summary } from '@salesforce/apex/PresenterController';

jest.mock('@salesforce/apex/ViewerController.openCourse', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PresenterController.getPresentableCourses', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.getSpeakerNotes', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.getAudienceSources', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.getMembers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.startSession', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.showSection', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PresenterController.endSession', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type PresenterElement = HTMLElement & { recordId?: string; objectApiName?: string };

const COURSE_ID = 'a01Ex0000000001AAA';
const ACCOUNT_ID = '001Ex0000000001AAA';
const SESSION_ID = 'a05Ex0000000001AAA';
const sectionId = (n: number) => `a02Ex00000000${String(n).padStart(2, '0')}AAA`;

function course(count = 4): CourseView {
  const sections = Array.from({ length: count }, (_, i) => ({
    id: sectionId(i + 1),
    position: i + 1,
    title: `Slide ${i + 1}`,
    mediaType: 'Slide_Page' as const,
    status: 'Ready' as const,
    imageUrl: `https://example.com/${i + 1}.png`
  }));
  return {
    id: COURSE_ID,
    name: 'Onboarding',
    status: 'Published',
    sectionCount: count,
    sections,
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
}

const session: SessionView = {
  id: SESSION_ID,
  courseId: COURSE_ID,
  courseName: 'Onboarding',
  status: 'Live',
  joinCode: 'ABCD2345',
  startedAt: new Date().toISOString(),
  channel: '/event/Presentation__e'
};

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 6; i++) await Promise.resolve();
};
const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector(selector) as HTMLElement;
const $$ = (element: HTMLElement, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];
const button = (element: HTMLElement, label: string) =>
  $$(element, 'lightning-button').find((b) => (b as unknown as { label: string }).label === label)!;
const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

async function mount(objectApiName = 'Course__c', recordId = COURSE_ID): Promise<PresenterElement> {
  const element = createElement('c-presenter', { is: Presenter }) as PresenterElement;
  element.recordId = recordId;
  element.objectApiName = objectApiName;
  document.body.appendChild(element);
  await flush();
  return element;
}

beforeEach(() => {
  mocked(openCourse).mockResolvedValue(course());
  mocked(getSpeakerNotes).mockResolvedValue([{ sectionId: sectionId(1), notes: 'Welcome everyone.' }]);
  mocked(getPresentableCourses).mockResolvedValue([{ id: COURSE_ID, name: 'Onboarding', slideCount: 4 }]);
  mocked(getAudienceSources).mockResolvedValue({
    accountContacts: [
      { contactId: '003Ex0000000001AAA', name: 'Ana Diaz', title: 'CIO' },
      { contactId: '003Ex0000000002AAA', name: 'Bo Chen' }
    ],
    campaigns: [],
    sharingGroups: [{ id: 'a0SEx0000000001AAA', name: 'Partners', kind: 'Sharing_Group' }]
  });
  mocked(getMembers).mockResolvedValue([{ contactId: '003Ex0000000002AAA', name: 'Bo Chen' }]);
  mocked(startSession).mockResolvedValue(session);
  mocked(showSection).mockResolvedValue(session);
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-presenter', () => {
  it('puts together an audience from the account, a sharing group and people typed in, nobody twice', async () => {
    const element = await mount('Account', ACCOUNT_ID);
    expect(getAudienceSources).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
    const select = $(element, '.entatio-presenter__course select') as HTMLSelectElement;
    select.value = COURSE_ID;
    select.dispatchEvent(new CustomEvent('change'));
    await flush();
    expect(openCourse).toHaveBeenCalledWith({ courseId: COURSE_ID });

    button(element, 'Add all contacts').click();
    const source = $(element, '.entatio-presenter__source select') as HTMLSelectElement;
    source.value = 'a0SEx0000000001AAA';
    source.dispatchEvent(new CustomEvent('change'));
    await flush();
    button(element, 'Add members').click();
    await flush();

    const inputs = $$(element, '.entatio-presenter__adhoc lightning-input') as (HTMLElement & {
      value: string;
    })[];
    const type = (index: number, value: string) => {
      inputs[index]!.value = value;
      inputs[index]!.dispatchEvent(new CustomEvent('change'));
    };
    button(element, 'Add person').click();
    await flush();
    expect($(element, '.entatio-presenter__adhoc [role="alert"]').textContent).toBe('Enter a last name.');
    type(0, 'Nia');
    type(1, 'Newcomer');
    type(2, 'nia@example.org');
    button(element, 'Add person').click();
    await flush();
    expect($(element, '.entatio-presenter__audience h3').textContent).toBe('Audience: 3 attendees');
    await expect(element).toBeAccessible();

    button(element, 'Start presenting').click();
    await flush();
    expect(startSession).toHaveBeenCalledWith({
      courseId: COURSE_ID,
      accountId: ACCOUNT_ID,
      attendees: [
        { contactId: '003Ex0000000001AAA', firstName: null, lastName: null, email: null, source: 'Account' },
        { contactId: '003Ex0000000002AAA', firstName: null, lastName: null, email: null, source: 'Account' },
        {
          contactId: null,
          firstName: 'Nia',
          lastName: 'Newcomer',
          email: 'nia@example.org',
          source: 'Ad_Hoc'
        }
      ]
    });
  });

  it('presents with keys, skips and blanks, sends only the slides shown, and summarises', async () => {
    const element = await mount();
    expect(getPresentableCourses).not.toHaveBeenCalled();
    button(element, 'Start presenting').click();
    await flush();
    expect($(element, '.entatio-presenter__code').textContent).toBe('ABCD2345');
    expect($(element, '.entatio-presenter__notes').textContent).toBe('Welcome everyone.');
    expect($(element, '.entatio-presenter__next-title').textContent).toBe('2. Slide 2');

    press('PageDown');
    await flush();
    expect($(element, '.entatio-presenter__position').textContent).toBe('Slide 2 of 4');
    const goTo = $(element, '.entatio-presenter__goto select') as HTMLSelectElement;
    goTo.value = '3';
    goTo.dispatchEvent(new CustomEvent('change'));
    await flush();
    expect($(element, '.entatio-presenter__position').textContent).toBe('Slide 4 of 4');
    press('ArrowRight'); // already the last: nothing to send
    press('b');
    await flush();
    expect($(element, '.entatio-presenter__blank_black')).not.toBeNull();
    expect($(element, 'c-course-media-preview')).toBeNull();
    press('b');
    await flush();
    expect($(element, 'c-course-media-preview')).not.toBeNull();
    await expect(element).toBeAccessible();

    expect(mocked(showSection).mock.calls.map((c) => (c[0] as { sectionId: string }).sectionId)).toEqual([
      sectionId(1),
      sectionId(2),
      sectionId(4)
    ]);

    const summary: Summary = {
      session: { ...session, status: 'Ended' },
      slides: [1, 2, 3, 4].map((n) => ({
        sectionId: sectionId(n),
        position: n,
        title: `Slide ${n}`,
        shown: n !== 3,
        timesShown: n !== 3 ? 1 : 0,
        dwellSeconds: n !== 3 ? 10 : 0
      })),
      attendees: [{ id: 'a0P1', name: 'Ana Diaz', source: 'Join', followedAlong: true }],
      shownCount: 3,
      skippedCount: 1,
      totalSeconds: 30,
      followerCount: 1,
      recordingStatus: 'Queued'
    };
    mocked(endSession).mockResolvedValue(summary);
    button(element, 'End session').click();
    await flush();
    expect(endSession).toHaveBeenCalledWith({ sessionId: SESSION_ID });
    const statuses = $$(element, '.entatio-presenter__slides tbody tr').map((r) => r.dataset.status);
    expect(statuses).toEqual(['Shown', 'Shown', 'Skipped', 'Shown']);
    expect($(element, '.entatio-presenter__attendees').textContent).toContain('Followed along');
    expect($(element, '.entatio-presenter__recording').textContent).toMatch(
      /Skipped slides are not recorded/i
    );
    press('ArrowRight');
    expect(showSection).toHaveBeenCalledTimes(3);
    await expect(element).toBeAccessible();
  });

  it('says so when the slide change could not be saved, without stopping the presenter', async () => {
    const element = await mount();
    button(element, 'Start presenting').click();
    await flush();
    mocked(showSection).mockRejectedValueOnce({ body: { message: 'This session has ended.' } });
    press('ArrowRight');
    await flush();
    await flush();
    expect($(element, '.entatio-presenter__position').textContent).toBe('Slide 2 of 4');
    expect($(element, '.entatio-presenter__live [role="alert"]').textContent).toContain(
      'This session has ended.'
    );
  });

  it('ignores clicker keys while it is not on screen (a hidden tab of the record page)', async () => {
    const element = await mount();
    button(element, 'Start presenting').click();
    await flush();
    const hidden = jest.fn(() => false);
    (element as unknown as { checkVisibility: () => boolean }).checkVisibility = hidden;
    press('ArrowRight');
    await flush();
    expect(hidden).toHaveBeenCalled();
    expect($(element, '.entatio-presenter__position').textContent).toBe('Slide 1 of 4');
    (element as unknown as { checkVisibility: () => boolean }).checkVisibility = () => true;
    press('ArrowRight');
    await flush();
    expect($(element, '.entatio-presenter__position').textContent).toBe('Slide 2 of 4');
  });

  it('shows the error state when the presenter cannot load', async () => {
    mocked(getAudienceSources).mockRejectedValue({ body: { message: 'Boom' } });
    const element = await mount();
    expect($(element, 'c-state-panel')).not.toBeNull();
    expect(($(element, 'c-state-panel') as unknown as { variant: string }).variant).toBe('error');
  });
});
