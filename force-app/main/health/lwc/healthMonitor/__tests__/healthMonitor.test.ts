import { createElement } from 'lwc';
import HealthMonitor from 'c/healthMonitor';
import getMonitor from '@salesforce/apex/HealthMonitorController.getMonitor';
import getFilterOptions from '@salesforce/apex/HealthMonitorController.getFilterOptions';
import getAccountHealth from '@salesforce/apex/HealthMonitorController.getAccountHealth';
import getAlerts from '@salesforce/apex/HealthMonitorController.getAlerts';
import acknowledgeAlert from '@salesforce/apex/HealthMonitorController.acknowledgeAlert';
import snoozeAlert from '@salesforce/apex/HealthMonitorController.snoozeAlert';
import resolveAlert from '@salesforce/apex/HealthMonitorController.resolveAlert';
import { GREEN_ID, RED_ID, alert, detail, page, row } from './data/fixtures';

jest.mock('@salesforce/apex/HealthMonitorController.getMonitor', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.getFilterOptions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.getAccountHealth', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.getAlerts', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.acknowledgeAlert', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.snoozeAlert', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthMonitorController.resolveAlert', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;

// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** Several turns: Apex answers, the component re-renders, its children re-render. */
const flush = (): Promise<void> =>
  Array.from({ length: 6 }).reduce<Promise<void>>((turn) => turn.then(tick), Promise.resolve());

async function render(): Promise<HTMLElement> {
  const element = createElement('c-health-monitor', { is: HealthMonitor });
  document.body.appendChild(element);
  await flush();
  return element;
}

const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = (element: HTMLElement, selector: string): HTMLElement[] =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statePanel = (element: HTMLElement): HTMLElement & { variant?: string; heading?: string } =>
  $(element, 'c-state-panel') as HTMLElement & { variant?: string; heading?: string };

const OPTIONS = {
  owners: [{ value: '005Ex0000000001AAA', label: 'Tom Becker' }],
  accountTypes: [{ value: 'Customer - Direct', label: 'Customer - Direct' }],
  tenureBands: [{ value: 'Mature', label: 'Mature (over 24 months)' }],
  bands: [{ value: 'Red', label: 'Red' }],
  currentUserId: '005Ex0000000001AAA'
};

describe('c-health-monitor', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    mocked(getFilterOptions).mockResolvedValue(OPTIONS);
    mocked(getMonitor).mockResolvedValue(
      page([
        row(),
        row({
          accountId: GREEN_ID,
          accountName: 'Greenridge',
          score: 90,
          band: 'Green',
          trend: 4,
          openAlertCount: 0,
          newAlertCount: 0,
          highestSeverity: null,
          topReason: null
        })
      ])
    );
    mocked(getAlerts).mockResolvedValue({ alerts: [alert()], totalCount: 1 });
    mocked(getAccountHealth).mockResolvedValue(detail());
  });

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows accounts in the server order with score, band, trend arrow, alerts and reason; accessible', async () => {
    const element = await render();
    expect(mocked(getMonitor)).toHaveBeenCalledWith({
      filter: {
        ownerId: null,
        tenureBand: null,
        accountType: null,
        band: null,
        search: null,
        offset: 0,
        pageSize: 25
      }
    });
    const rows = $$(element, 'tr[data-account-row]');
    expect(rows.map((r) => r.dataset.accountRow)).toEqual([RED_ID, GREEN_ID]);
    expect(text(rows[0]!.querySelector('[data-id="band"]'))).toBe('Red');
    expect(rows[0]!.querySelector('[data-id="band"]')!.getAttribute('title')).toBe('At risk');
    expect(text(rows[0]!)).toContain('33');
    const trend = rows[0]!.querySelector('[data-id="trend"] lightning-icon') as HTMLElement & {
      alternativeText: string;
      iconName: string;
    };
    expect(trend.iconName).toBe('utility:arrowdown');
    expect(trend.alternativeText).toBe('Down 12 points since the previous score');
    expect(text(rows[0]!)).toContain('2 new · 2 open');
    expect(text(rows[0]!)).toContain('opened 2 support cases');
    expect(text($(element, '[data-id="band-counts"]'))).toMatch(/^1\s*At risk/);
    expect(text($(element, '[data-id="alerts"] h2'))).toBe('New alerts (1)');
    await expect(element).toBeAccessible();
  });

  it('filters by band through the counts and the combobox', async () => {
    const element = await render();
    $(element, 'button[data-band="Red"]')!.click();
    await flush();
    expect(mocked(getMonitor).mock.calls.at(-1)![0].filter.band).toBe('Red');
    expect($(element, 'button[data-band="Red"]')!.getAttribute('aria-pressed')).toBe('true');
    const owner = $(element, 'lightning-combobox[data-filter="ownerId"]')!;
    owner.dispatchEvent(new CustomEvent('change', { detail: { value: '005Ex0000000001AAA' } }));
    await flush();
    expect(mocked(getMonitor).mock.calls.at(-1)![0].filter).toMatchObject({
      band: 'Red',
      ownerId: '005Ex0000000001AAA'
    });
    expect(mocked(getAlerts).mock.calls.at(-1)![0].filter.ownerId).toBe('005Ex0000000001AAA');
  });

  it('shows an empty state with Clear filters, and an error state with the server message', async () => {
    mocked(getMonitor).mockResolvedValue(page([], { bandCounts: { red: 0, yellow: 0, green: 0, none: 0 } }));
    const element = await render();
    $(element, 'button[data-band="Red"]')!.click();
    await flush();
    expect(statePanel(element).heading).toBe('No accounts match these filters');
    mocked(getMonitor).mockRejectedValue({ body: { message: 'The health evaluation is not set up.' } });
    $(element, 'c-state-panel lightning-button')!.click();
    await flush();
    const panels = $$(element, 'c-state-panel') as (HTMLElement & { variant?: string; errors?: unknown })[];
    expect(panels[0]!.variant).toBe('error');
    expect(panels[0]!.errors).toEqual({ body: { message: 'The health evaluation is not set up.' } });
  });

  it('explains an account rule by rule, including missing data, and closes with Escape', async () => {
    const element = await render();
    $(element, `tr[data-account-row="${RED_ID}"] button[data-account-id]`)!.click();
    await flush();
    expect(mocked(getAccountHealth)).toHaveBeenCalledWith({ accountId: RED_ID });
    const breakdown = $(element, '[data-id="breakdown"]')!;
    expect(text(breakdown.querySelector('h2'))).toBe('Why Redwave Stores scores 33');
    const cases = breakdown.querySelector('tr[data-rule="Cases_After_Onboarding"]')!;
    expect(text(cases)).toContain('Red ≥ 2 · Yellow ≥ 1');
    expect(text(cases)).toContain('33%');
    const missing = breakdown.querySelector('tr[data-rule="Closed_Won_Trend_Down"]')!;
    expect(text(missing)).toContain('No data');
    expect(text(missing)).toContain('weight went to the other rules');
    expect(breakdown.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Score history, oldest first: 45, 33'
    );
    expect(text($(element, '[data-id="alerts"] h2'))).toBe('Alerts for Redwave Stores');
    await expect(element).toBeAccessible();
    breakdown.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await flush();
    expect($(element, '[data-id="breakdown"]')).toBeNull();
  });

  it('acknowledges, snoozes and resolves an alert with a toast, then reloads', async () => {
    const element = await render();
    const toasts: { title?: string; variant?: string }[] = [];
    element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail));
    mocked(acknowledgeAlert).mockResolvedValue(alert({ status: 'Acknowledged' }));
    mocked(getAlerts).mockResolvedValue({ alerts: [], totalCount: 0 });
    $(element, 'lightning-button[data-action="acknowledge"]')!.click();
    await flush();
    expect(mocked(acknowledgeAlert)).toHaveBeenCalledWith({ alertId: 'a0HEx0000000001AAA' });
    expect(toasts[0]).toMatchObject({ title: 'Alert acknowledged', variant: 'success' });
    expect(mocked(getMonitor)).toHaveBeenCalledTimes(2);
    expect(text($(element, '[data-id="alerts"] h2'))).toBe('New alerts (0)');

    // The account's breakdown lists its alerts, with the same actions.
    $(element, `tr[data-account-row="${RED_ID}"] button[data-account-id]`)!.click();
    await flush();
    mocked(snoozeAlert).mockResolvedValue(alert({ status: 'Snoozed' }));
    const before = Date.now();
    $(element, 'lightning-button-menu[data-action="snooze"]')!.dispatchEvent(
      new CustomEvent('select', { detail: { value: '7' } })
    );
    await flush();
    const until = Date.parse(mocked(snoozeAlert).mock.calls[0]![0].snoozeUntil);
    expect(until - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    expect(until - before).toBeLessThan(7 * 86_400_000 + 60_000);
    expect(toasts[1]!.title).toBe('Alert snoozed for 1 week');

    mocked(resolveAlert).mockRejectedValue({ body: { message: 'This alert is already resolved.' } });
    $(element, 'lightning-button[data-action="resolve"]')!.click();
    await flush();
    expect(toasts[2]).toMatchObject({
      title: 'The alert could not be updated',
      message: 'This alert is already resolved.',
      variant: 'error'
    });
  });

  it('shows no actions on alerts the user may not edit', async () => {
    mocked(getAlerts).mockResolvedValue({ alerts: [alert({ canEdit: false })], totalCount: 1 });
    const element = await render();
    expect($(element, '[data-alert-id] lightning-button')).toBeNull();
  });
});
