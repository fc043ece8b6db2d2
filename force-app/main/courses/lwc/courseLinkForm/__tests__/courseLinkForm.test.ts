import { createElement } from 'lwc';
import CourseLinkForm from 'c/courseLinkForm';

// eslint-disable-next-line no-script-url -- the address the checks must refuse
const SCRIPT_URL = 'javascript:alert(1)';

type FormElement = HTMLElement & { disabled?: boolean; reset(): void; showError(message: string): void };
type InputStub = HTMLElement & { value?: string; setCustomValidity: jest.Mock; reportValidity: jest.Mock };

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function render(): FormElement {
  const element = createElement('c-course-link-form', { is: CourseLinkForm }) as unknown as FormElement;
  document.body.appendChild(element);
  return element;
}

function input(element: FormElement, id: 'url' | 'title'): InputStub {
  return element.shadowRoot!.querySelector(`lightning-input[data-id="${id}"]`) as InputStub;
}

async function type(element: FormElement, id: 'url' | 'title', value: string): Promise<void> {
  input(element, id).dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

function clickAdd(element: FormElement): void {
  (element.shadowRoot!.querySelector('lightning-button') as HTMLElement).click();
}

describe('c-course-link-form', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('labels its fields and is accessible', async () => {
    const element = render();
    await flush();
    expect((input(element, 'url') as unknown as { label: string }).label).toBe('Web address');
    expect((input(element, 'title') as unknown as { label: string }).label).toBe('Title (optional)');
    await expect(element).toBeAccessible();
  });

  it('refuses an address the server would refuse, on the field, without an event', async () => {
    const element = render();
    const handler = jest.fn();
    element.addEventListener('addlink', handler);
    const url = input(element, 'url');
    url.setCustomValidity = jest.fn();
    url.reportValidity = jest.fn();
    await type(element, 'url', SCRIPT_URL);
    clickAdd(element);
    expect(handler).not.toHaveBeenCalled();
    expect(url.setCustomValidity).toHaveBeenLastCalledWith(
      'Links must be web addresses that start with https:// or http://, for example https://www.example.com/page.'
    );
    expect(url.reportValidity).toHaveBeenCalled();
  });

  it('sends a valid address with its title, and clears on reset', async () => {
    const element = render();
    const handler = jest.fn();
    element.addEventListener('addlink', handler);
    await type(element, 'url', ' https://www.example.com/tour ');
    await type(element, 'title', ' Tour ');
    clickAdd(element);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail).toEqual({ url: 'https://www.example.com/tour', title: 'Tour' });
    element.reset();
    await flush();
    expect(input(element, 'url').value).toBe('');
    expect(input(element, 'title').value).toBe('');
  });

  it('adds on Enter, and does nothing while disabled', async () => {
    const element = render();
    const handler = jest.fn();
    element.addEventListener('addlink', handler);
    await type(element, 'url', 'https://www.example.com/');
    input(element, 'url').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(handler).toHaveBeenCalledTimes(1);
    element.disabled = true;
    await flush();
    clickAdd(element);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('shows the server message on the address field', async () => {
    const element = render();
    await flush();
    const url = input(element, 'url');
    url.setCustomValidity = jest.fn();
    url.reportValidity = jest.fn();
    element.showError('That web address is too long.');
    expect(url.setCustomValidity).toHaveBeenCalledWith('That web address is too long.');
  });
});
