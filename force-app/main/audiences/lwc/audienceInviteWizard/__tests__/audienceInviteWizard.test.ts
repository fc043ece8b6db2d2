import { createElement } from 'lwc';
import AudienceInviteWizard from 'c/audienceInviteWizard';
import findSources from '@salesforce/apex/AudienceController.findSources';
import previewInvites from '@salesforce/apex/AudienceController.previewInvites';
import invite from '@salesforce/apex/AudienceController.invite';
import type { InvitePreview, InviteSummary } from '@salesforce/apex/AudienceController';

jest.mock('@salesforce/apex/AudienceController.findSources', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/AudienceController.previewInvites', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/AudienceController.invite', () => ({ default: jest.fn() }), { virtual: true });

const mockFind = findSources as unknown as jest.Mock;
const mockPreview = previewInvites as unknown as jest.Mock;
const mockInvite = invite as unknown as jest.Mock;

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WizardElement = HTMLElement & { groupId?: string; groupName?: string; tier?: string };

const PREVIEW: InvitePreview = {
  rows: [
    {
      rowNumber: 1,
      source: 'Account',
      input: 'Acme',
      personId: '003A',
      name: 'Ada',
      email: 'ada@acme.example',
      status: 'Ready',
      hasLogin: false
    },
    {
      rowNumber: 2,
      source: 'Pasted',
      input: 'ada@acme.example',
      personId: '003A',
      name: 'Ada',
      email: 'ada@acme.example',
      status: 'Duplicate',
      message: 'Also in row 1.',
      hasLogin: false
    },
    {
      rowNumber: 3,
      source: 'Pasted',
      input: 'nope',
      email: 'nope',
      status: 'Invalid_Email',
      message: 'Not a valid email address.',
      hasLogin: false
    },
    {
      rowNumber: 4,
      source: 'Pasted',
      input: 'bo@acme.example',
      personId: '003B',
      name: 'Bo',
      email: 'bo@acme.example',
      status: 'Ready',
      hasLogin: true
    }
  ],
  readyCount: 2,
  problemCount: 2,
  canCreateLogins: false,
  loginMessage: 'This group has no Experience Cloud site.',
  canSendEmail: true
};

const SUMMARY: InviteSummary = {
  added: 1,
  reactivated: 0,
  skipped: 0,
  failed: 1,
  emailsSent: 1,
  loginsRequested: 0,
  errors: [{ personId: '003B', message: 'Bo is locked.' }],
  messages: []
};

function render(): WizardElement {
  const element = createElement('c-audience-invite-wizard', {
    is: AudienceInviteWizard
  }) as unknown as WizardElement;
  element.groupId = 'a0S000000000001';
  element.groupName = 'Customer Academy';
  element.tier = 'Customer';
  document.body.appendChild(element);
  return element;
}

function q<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

async function paste(element: HTMLElement, value: string): Promise<void> {
  q(element, '[data-id="emails"]')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

describe('c-audience-invite-wizard', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('counts pasted addresses and is accessible', async () => {
    const element = render();
    await flush();
    expect((q(element, '[data-id="preview"]') as unknown as { disabled: boolean }).disabled).toBe(true);
    await paste(element, 'ada@acme.example\nnope');
    expect(q(element, '[data-id="pasted-count"]')!.textContent).toContain('2 addresses, 1 not valid.');
    expect((q(element, '[data-id="preview"]') as unknown as { disabled: boolean }).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('adds an account from the search as a source', async () => {
    mockFind.mockResolvedValue([{ id: '001A', name: 'Acme', kind: 'Account' }]);
    const element = render();
    await flush();
    q(element, '[data-id="source-search"]')!.dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Ac' } })
    );
    q(element, '[data-id="search"]')!.click();
    await flush();
    expect(mockFind).toHaveBeenCalledWith({ searchTerm: 'Ac' });
    q(element, '[data-id="001A"]')!.click();
    await flush();
    expect(q(element, '[data-id="chosen-sources"]')!.textContent).toContain('Account: Acme');
  });

  it('previews rows with their statuses, invites the ticked ones and shows the summary', async () => {
    mockPreview.mockResolvedValue(PREVIEW);
    mockInvite.mockResolvedValue(SUMMARY);
    const element = render();
    const invited = jest.fn();
    element.addEventListener('invited', invited);
    await flush();
    await paste(element, 'ada@acme.example nope bo@acme.example');
    q(element, '[data-id="preview"]')!.click();
    await flush();
    expect(mockPreview).toHaveBeenCalledWith({
      groupId: 'a0S000000000001',
      sourceIds: [],
      emails: 'ada@acme.example nope bo@acme.example'
    });
    const statuses = Array.from(element.shadowRoot!.querySelectorAll('[data-id="row-status"]')).map(
      (s) => s.textContent
    );
    expect(statuses).toEqual(['Ready', 'Duplicate', 'Invalid email', 'Ready']);
    expect(q(element, '[data-id="preview-table"]')!.textContent).toContain('Also in row 1.');
    expect((q(element, '[data-id="create-logins"]') as unknown as { disabled: boolean }).disabled).toBe(true);
    expect(q(element, '[data-id="logins-help"]')!.textContent).toBe(
      'This group has no Experience Cloud site.'
    );
    await expect(element).toBeAccessible();

    q(element, '[data-id="invite"]')!.click();
    await flush();
    expect(mockInvite).toHaveBeenCalledWith({
      groupId: 'a0S000000000001',
      personIds: ['003A', '003B'],
      sendEmail: true,
      createLogins: false
    });
    expect(q(element, '[data-id="summary-text"]')!.textContent).toBe(
      'Added 1 person, 1 failed, 1 invitation email sent.'
    );
    expect(q(element, '[data-id="summary-errors"]')!.textContent).toBe('Bo: Bo is locked.');
    expect(invited).toHaveBeenCalledTimes(1);
  });

  it('shows the server message when the preview fails', async () => {
    mockPreview.mockRejectedValue({ body: { message: "You can't add or change members of this group." } });
    const element = render();
    await flush();
    await paste(element, 'ada@acme.example');
    q(element, '[data-id="preview"]')!.click();
    await flush();
    await flush();
    expect(element.shadowRoot!.querySelector('c-state-panel')).not.toBeNull();
  });
});
