import { createElement } from 'lwc';
import BarChart, { formatValue, type BarRow } from 'c/barChart';

type ChartElement = HTMLElement & { heading: string; rows: BarRow[]; format?: string; reference?: number };

const rows: BarRow[] = [
  { key: 'a', label: 'Any engagement', value: 2.5, low: 1.8, high: 4, note: '176 vs 160' },
  { key: 'b', label: 'Security', value: 0.8, low: 0.5, high: 1.2, note: '20 vs 31', highlight: true }
];

function mount(props: Partial<ChartElement>): ChartElement {
  const element = createElement('c-bar-chart', { is: BarChart }) as unknown as ChartElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-bar-chart', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('draws one bar per row with its interval, and describes the chart for screen readers', async () => {
    const element = mount({ heading: 'Lift', rows, format: 'ratio', reference: 1 });
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Lift. Any engagement: 2.50×; Security: 0.80×');
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.querySelectorAll('line.whisker')).toHaveLength(6);
    expect(svg.querySelector('rect.bar_highlight')).not.toBeNull();
    expect(svg.querySelector('line.reference')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the same data as a table on request', async () => {
    const element = mount({ heading: 'Lift', rows, format: 'ratio' });
    const toggle = element.shadowRoot!.querySelector('button[data-id="toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await Promise.resolve();
    const table = element.shadowRoot!.querySelector('table')!;
    expect(element.shadowRoot!.querySelector('svg')).toBeNull();
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())
    );
    expect(cells).toEqual([
      ['Any engagement', '2.50×', '1.80× – 4.00×', '176 vs 160'],
      ['SecurityHotspot', '0.80×', '0.50× – 1.20×', '20 vs 31']
    ]);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await expect(element).toBeAccessible();
  });

  it('says when there is nothing to chart', () => {
    const element = mount({ heading: 'Lift', rows: [] });
    expect(element.shadowRoot!.querySelector('svg')).toBeNull();
    expect(element.shadowRoot!.textContent).toContain('No data to chart.');
  });

  it('formats values', () => {
    expect(formatValue(0.456, 'percent')).toBe('46 %');
    expect(formatValue(0.05, 'percent')).toBe('5.0 %');
    expect(formatValue(71739, 'currency')).toBe('$71,739');
    expect(formatValue(1234, 'number')).toBe('1,234');
    expect(formatValue(Number.NaN, 'number')).toBe('–');
  });
});
