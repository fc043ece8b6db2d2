import { createElement } from 'lwc';
import StatePanel from 'c/statePanel';

type PanelElement = HTMLElement & {
  variant?: string;
  heading?: string;
  message?: string;
  errors?: unknown;
};

function render(props: Partial<PanelElement>): PanelElement {
  const element = createElement('c-state-panel', { is: StatePanel }) as unknown as PanelElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const flush = (): Promise<void> => Promise.resolve();

describe('c-state-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows an empty state with its heading and message as a polite status', () => {
    const element = render({
      variant: 'empty',
      heading: 'No courses yet',
      message: 'Upload a deck to start.'
    });
    const region = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.querySelector('h3')!.textContent).toBe('No courses yet');
    expect(region.querySelector('p')!.textContent).toBe('Upload a deck to start.');
    expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
  });

  it('uses a default heading per variant', () => {
    const element = render({ variant: 'no-access' });
    expect(element.shadowRoot!.querySelector('h3')!.textContent).toBe("You don't have access");
    expect(element.shadowRoot!.querySelector('lightning-icon')!.getAttribute('icon-name')).toBeNull();
    expect(
      (element.shadowRoot!.querySelector('lightning-icon') as unknown as { iconName: string }).iconName
    ).toBe('utility:lock');
  });

  it('announces errors as an alert and lists the server messages', () => {
    const element = render({
      variant: 'error',
      errors: [{ body: { message: 'The deck is password-protected.' } }, new Error('Network unavailable')]
    });
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    const items = Array.from(element.shadowRoot!.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['The deck is password-protected.', 'Network unavailable']);
  });

  it.each(['empty', 'error', 'no-access', 'loading'])('is accessible as %s', async (variant) => {
    const element = render({
      variant,
      message: 'Details',
      errors: variant === 'error' ? 'Failed' : undefined
    });
    await expect(element).toBeAccessible();
  });

  it('shows a spinner with an accessible label while loading, and re-renders when the variant changes', async () => {
    const element = render({ variant: 'loading', heading: 'Loading engagement' });
    const spinner = element.shadowRoot!.querySelector('lightning-spinner') as unknown as {
      alternativeText: string;
    };
    expect(spinner.alternativeText).toBe('Loading engagement');

    element.variant = 'empty';
    await flush();
    expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    expect(element.shadowRoot!.querySelector('h3')!.textContent).toBe('Loading engagement');
  });
});
