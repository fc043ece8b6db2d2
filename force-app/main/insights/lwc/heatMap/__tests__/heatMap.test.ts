import { createElement } from 'lwc';
import HeatMap, { type HeatCell } from 'c/heatMap';

type HeatElement = HTMLElement & { heading: string; cells: HeatCell[]; minSize?: number };

const cells: HeatCell[] = [
  { row: 'IT Admin', column: 'Security', value: 0.7, size: 261 },
  { row: 'IT Admin', column: 'Billing', value: 0.05, size: 261 },
  { row: 'Finance', column: 'Billing', value: 0.27, size: 3 }
];

function mount(): HeatElement {
  const element = createElement('c-heat-map', { is: HeatMap }) as unknown as HeatElement;
  Object.assign(element, { heading: 'Views per person', cells, minSize: 5 });
  document.body.appendChild(element);
  return element;
}

describe('c-heat-map', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shades cells by value, leaves too-small cells unlabelled, and names the strongest cells', async () => {
    const element = mount();
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toContain('Strongest: IT Admin × Security: 0.70');
    const cell = (key: string) => svg.querySelector(`g[data-key="${key}"]`)!;
    expect(cell('IT Admin|Security').querySelector('text')!.textContent).toBe('0.70');
    expect(cell('Finance|Billing').querySelector('text')!.textContent).toBe('');
    expect(cell('Finance|Billing').querySelector('title')!.textContent).toContain('too few to tell');
    // The missing Finance × Security cell is drawn empty.
    expect(cell('Finance|Security').querySelector('title')!.textContent).toContain('no data');
    await expect(element).toBeAccessible();
  });

  it('lists every cell with its size in the table', async () => {
    const element = mount();
    (element.shadowRoot!.querySelector('button[data-id="toggle"]') as HTMLButtonElement).click();
    await Promise.resolve();
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
    );
    expect(rows).toEqual([
      ['IT Admin', 'Security', '0.70', '261'],
      ['Finance', 'Billing', '0.27 (too few to tell)', '3'],
      ['IT Admin', 'Billing', '0.05', '261']
    ]);
    await expect(element).toBeAccessible();
  });
});
