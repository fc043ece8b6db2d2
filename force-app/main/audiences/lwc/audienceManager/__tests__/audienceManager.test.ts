import { createElement } from 'lwc';
import AudienceManager from 'c/audienceManager';
import getGroups from '@salesforce/apex/AudienceController.getGroups';
import getGroup from '@salesforce/apex/AudienceController.getGroup';
import setMemberStatus from '@salesforce/apex/AudienceController.setMemberStatus';
import type { GroupDetail, GroupSummary } from '@salesforce/apex/AudienceController';

jest.mock('@salesforce/apex/AudienceController.getGroups', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AudienceController.getGroup', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/AudienceController.setMemberStatus', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/AudienceController.findSources', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/AudienceController.previewInvites', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/AudienceController.invite', () => ({ default: jest.fn() }), { virtual: true });

const mockGroups = getGroups as unknown as jest.Mock;
const mockGroup = getGroup as unknown as jest.Mock;
const mockStatus = setMemberStatus as unknown as jest.Mock;

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const GROUP: GroupSummary = {
  id: 'a0S1',
  name: 'Partner Preview',
  tier: 'Customer',
  active: true,
  requiresApproval: true,
  allowedDomains: ['partner.example'],
  memberCount: 0,
  pendingCount: 1,
  courseCount: 1
};

const DETAIL: GroupDetail = {
  summary: GROUP,
  members: [
    { id: 'a0M1', name: 'Sam Lee', email: 'sam@partner.example', kind: 'Email', status: 'Pending_Approval' }
  ],
  courses: [{ id: 'a011', name: 'AI Assistants in Practice', tier: 'Customer', status: 'Published' }],
  canManage: true,
  canCreateLogins: false,
  loginMessage: 'No site.'
};

async function render(): Promise<HTMLElement> {
  const element = createElement('c-audience-manager', { is: AudienceManager }) as unknown as HTMLElement;
  document.body.appendChild(element);
  await flush();
  await flush();
  return element;
}

describe('c-audience-manager', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('shows the groups and the first group’s courses and members, accessibly', async () => {
    mockGroups.mockResolvedValue([GROUP]);
    mockGroup.mockResolvedValue(DETAIL);
    const element = await render();
    expect(element.shadowRoot!.querySelector('[data-id="group-name"]')!.textContent).toBe('Partner Preview');
    expect(element.shadowRoot!.textContent).toContain(
      'partner.example addresses may sign up and wait for approval.'
    );
    expect(element.shadowRoot!.querySelector('[data-id="courses"]')!.textContent).toContain(
      'AI Assistants in Practice'
    );
    expect(element.shadowRoot!.querySelector('[data-id="members"]')!.textContent).toContain(
      'Pending approval'
    );
    await expect(element).toBeAccessible();
  });

  it('marks a course whose tier changed after it was shared as not shared, with the reason', async () => {
    const reason =
      "Not shared: the course is Internal now, and a Customer group receives only Customer courses. Remove it from the group, or change the course's tier back.";
    mockGroups.mockResolvedValue([{ ...GROUP, courseCount: 2 }]);
    mockGroup.mockResolvedValue({
      ...DETAIL,
      courses: [
        { ...DETAIL.courses[0], shared: true },
        {
          id: 'a012',
          name: 'Pricing Roadmap 2027',
          tier: 'Internal',
          status: 'Published',
          shared: false,
          notSharedReason: reason
        }
      ]
    });
    const element = await render();
    const root = element.shadowRoot!;
    const rows = root.querySelectorAll('[data-id="courses"] li');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('[data-id="not-shared-badge"]')).toBeNull();
    expect(rows[1]!.querySelector('[data-id="not-shared-badge"]')!.textContent).toBe('Not shared');
    expect(rows[1]!.querySelector('[data-id="not-shared-reason"]')!.textContent!.trim()).toBe(reason);
    expect(root.querySelector('[data-id="not-shared-summary"]')!.textContent).toContain(
      "1 course is no longer Customer and isn't shared with this group's members."
    );
    await expect(element).toBeAccessible();
  });

  it('shows no warning when every course is shared', async () => {
    mockGroups.mockResolvedValue([GROUP]);
    mockGroup.mockResolvedValue({ ...DETAIL, courses: [{ ...DETAIL.courses[0], shared: true }] });
    const element = await render();
    expect(element.shadowRoot!.querySelector('[data-id="not-shared-summary"]')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="not-shared-badge"]')).toBeNull();
  });

  it('approves a pending member and refreshes', async () => {
    mockGroups.mockResolvedValue([GROUP]);
    mockGroup.mockResolvedValue(DETAIL);
    mockStatus.mockResolvedValue({ ...DETAIL.members[0], status: 'Active' });
    const element = await render();
    (element.shadowRoot!.querySelector('lightning-button-icon[data-id="a0M1"]') as HTMLElement).click();
    await flush();
    await flush();
    expect(mockStatus).toHaveBeenCalledWith({ memberId: 'a0M1', status: 'Active' });
    expect(element.shadowRoot!.textContent).toContain('Sam Lee was approved.');
    expect(mockGroup).toHaveBeenCalledTimes(2);
  });

  it('opens the invite wizard for the group', async () => {
    mockGroups.mockResolvedValue([GROUP]);
    mockGroup.mockResolvedValue(DETAIL);
    const element = await render();
    (element.shadowRoot!.querySelector('[data-id="invite-button"]') as HTMLElement).click();
    await flush();
    const wizard = element.shadowRoot!.querySelector('c-audience-invite-wizard') as HTMLElement & {
      groupId: string;
    };
    expect(wizard.groupId).toBe('a0S1');
  });

  it('has an empty state without groups', async () => {
    mockGroups.mockResolvedValue([]);
    const element = await render();
    expect(element.shadowRoot!.querySelector('c-state-panel')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
