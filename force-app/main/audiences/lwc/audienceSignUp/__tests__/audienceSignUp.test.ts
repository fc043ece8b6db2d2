import { createElement } from 'lwc';
import AudienceSignUp from 'c/audienceSignUp';
import signUp from '@salesforce/apex/AudienceSignUpController.signUp';

jest.mock('@salesforce/apex/AudienceSignUpController.signUp', () => ({ default: jest.fn() }), {
  virtual: true
});

const mockSignUp = signUp as unknown as jest.Mock;

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type FormElement = HTMLElement & { groupId?: string };
type InputStub = HTMLElement & { setCustomValidity: jest.Mock; reportValidity: jest.Mock };

function render(groupId?: string): FormElement {
  const element = createElement('c-audience-sign-up', { is: AudienceSignUp }) as unknown as FormElement;
  element.groupId = groupId;
  document.body.appendChild(element);
  return element;
}

function input(element: HTMLElement, id: string): InputStub {
  const found = element.shadowRoot!.querySelector(`lightning-input[data-id="${id}"]`) as InputStub;
  found.setCustomValidity = found.setCustomValidity ?? jest.fn();
  found.reportValidity = jest.fn(() => true);
  return found;
}

async function fill(element: HTMLElement, name: string, email: string): Promise<void> {
  input(element, 'name').dispatchEvent(new CustomEvent('change', { detail: { value: name } }));
  input(element, 'email').dispatchEvent(new CustomEvent('change', { detail: { value: email } }));
  await flush();
}

function submit(element: HTMLElement): void {
  (element.shadowRoot!.querySelector('[data-id="submit"]') as HTMLElement).click();
}

describe('c-audience-sign-up', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('is accessible and says when no group is configured', async () => {
    const element = render();
    await flush();
    expect(element.shadowRoot!.textContent).toContain('This sign-up form has no group yet.');
    await expect(element).toBeAccessible();
  });

  it('signs up and shows only the server message', async () => {
    mockSignUp.mockResolvedValue({ status: 'Active', message: "Thanks, you're signed up." });
    const element = render('a0S000000000002');
    await flush();
    await fill(element, 'Ada Lovelace', ' ada@acme.example ');
    submit(element);
    await flush();
    expect(mockSignUp).toHaveBeenCalledWith({
      groupId: 'a0S000000000002',
      fullName: 'Ada Lovelace',
      email: 'ada@acme.example'
    });
    expect(element.shadowRoot!.querySelector('[data-id="result"]')!.textContent).toContain(
      "you're signed up"
    );
    await expect(element).toBeAccessible();
  });

  it('shows a refusal next to the form and keeps it', async () => {
    mockSignUp.mockResolvedValue({
      status: 'Refused',
      message: 'Sign-up is not open to this email address.'
    });
    const element = render('a0S000000000002');
    await flush();
    await fill(element, 'Eve', 'eve@elsewhere.example');
    submit(element);
    await flush();
    expect(element.shadowRoot!.querySelector('[data-id="result"]')!.getAttribute('role')).toBe('alert');
    expect(element.shadowRoot!.querySelector('[data-id="submit"]')).not.toBeNull();
  });

  it('does not call the server for an invalid address', async () => {
    const element = render('a0S000000000002');
    await flush();
    await fill(element, 'Eve', 'not-an-email');
    const email = input(element, 'email');
    email.setCustomValidity = jest.fn();
    submit(element);
    await flush();
    expect(email.setCustomValidity).toHaveBeenCalledWith('Enter a valid email address.');
    expect(mockSignUp).not.toHaveBeenCalled();
  });
});
