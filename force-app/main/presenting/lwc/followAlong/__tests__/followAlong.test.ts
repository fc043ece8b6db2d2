import { createElement } from 'lwc';
import FollowAlong from 'c/followAlong';
import joinSession from '@salesforce/apex/FollowAlongController.joinSession';
import getSessionState from '@salesforce/apex/FollowAlongController.getSessionState';
import { subscribe, unsubscribe } from 'lightning/empApi';
import type { SessionView } from '@salesforce/apex/PresenterController';

jest.mock('@salesforce/apex/FollowAlongController.joinSession', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/FollowAlongController.getSessionState', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/ViewerController.openCourse',
  () => ({ default: jest.fn(() => new Promise(() => {})) }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/apex/ViewerController.recordEvents', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  'lightning/empApi',
  () => ({
    subscribe: jest.fn(() => Promise.resolve({ id: 'sub-1', channel: '/event/Presentation__e' })),
    unsubscribe: jest.fn(() => Promise.resolve({ successful: true })),
    onError: jest.fn(),
    isEmpEnabled: jest.fn(() => Promise.resolve(true))
  }),
  { virtual: true }
);

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
type FollowElement = HTMLElement & { recordId?: string; joinCode?: string };
const COURSE_ID = 'a01Ex0000000001AAA';
const SESSION_ID = 'a05Ex0000000001AAA';
const session: SessionView = {
  id: SESSION_ID,
  courseId: COURSE_ID,
  courseName: 'Onboarding',
  presenterName: 'Priya Natarajan',
  status: 'Live',
  currentSectionId: 'a02Ex0000000002AAA',
  channel: '/event/Presentation__e'
};

const flush = async (): Promise<void> => {
  // eslint-disable-next-line no-await-in-loop
  for (let i = 0; i < 6; i++) await Promise.resolve();
};
const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector(selector) as HTMLElement;
type Viewer = HTMLElement & { recordId?: string; sessionId?: string; followSectionId?: string };

async function mount(joinCode?: string): Promise<FollowElement> {
  const element = createElement('c-follow-along', { is: FollowAlong }) as FollowElement;
  element.recordId = COURSE_ID;
  if (joinCode) element.joinCode = joinCode;
  document.body.appendChild(element);
  await flush();
  return element;
}

function deliver(payload: Record<string, unknown>): void {
  const callback = mocked(subscribe).mock.calls[0]![2] as (message: unknown) => void;
  callback({ channel: '/event/Presentation__e', data: { event: { replayId: 1 }, payload } });
}

beforeEach(() => {
  mocked(joinSession).mockResolvedValue(session);
  mocked(getSessionState).mockResolvedValue(session);
});

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-follow-along', () => {
  it('joins with the code typed in and follows the presenter until the session ends', async () => {
    const element = await mount();
    expect($(element, 'c-slide-viewer')).toBeNull();
    await expect(element).toBeAccessible();
    const input = $(element, 'lightning-input') as HTMLElement & { value: string };
    input.value = 'abcd2345';
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
    $(element, 'lightning-button').click();
    await flush();

    expect(joinSession).toHaveBeenCalledWith({ joinCode: 'ABCD2345' });
    expect(subscribe).toHaveBeenCalledWith('/event/Presentation__e', -1, expect.any(Function));
    const viewer = $(element, 'c-slide-viewer') as Viewer;
    expect(viewer.recordId).toBe(COURSE_ID);
    expect(viewer.sessionId).toBe(SESSION_ID);
    expect(viewer.followSectionId).toBe('a02Ex0000000002AAA');
    expect($(element, '.entatio-follow__status').textContent).toContain(
      "Priya Natarajan's live presentation"
    );

    deliver({
      Session_Id__c: SESSION_ID,
      Section_Id__c: 'a02Ex0000000004AAA',
      Status__c: 'Live',
      Sequence__c: 4
    });
    await flush();
    expect(viewer.followSectionId).toBe('a02Ex0000000004AAA');
    // An older change arriving late, and another session's, are ignored.
    deliver({
      Session_Id__c: SESSION_ID,
      Section_Id__c: 'a02Ex0000000003AAA',
      Status__c: 'Live',
      Sequence__c: 3
    });
    deliver({
      Session_Id__c: 'a05Ex0000000009AAA',
      Section_Id__c: 'a02Ex0000000001AAA',
      Status__c: 'Live',
      Sequence__c: 9
    });
    await flush();
    expect(viewer.followSectionId).toBe('a02Ex0000000004AAA');
    await expect(element).toBeAccessible();

    deliver({ Session_Id__c: SESSION_ID, Status__c: 'Ended', Sequence__c: 5 });
    await flush();
    expect(unsubscribe).toHaveBeenCalled();
    expect($(element, '.entatio-follow__ended').textContent).toContain('on demand');
    expect(($(element, 'c-slide-viewer') as Viewer).sessionId).toBeUndefined();
  });

  it('joins at once with a code it was given, and shows the refusal of a wrong one', async () => {
    mocked(joinSession).mockRejectedValue({
      body: { message: 'No live session has this join code. Check the code with the presenter.' }
    });
    const element = await mount('NOPE2345');
    await flush();
    expect(joinSession).toHaveBeenCalledWith({ joinCode: 'NOPE2345' });
    expect($(element, '[role="alert"]').textContent).toContain('No live session has this join code');
    expect(subscribe).not.toHaveBeenCalled();
  });
});
