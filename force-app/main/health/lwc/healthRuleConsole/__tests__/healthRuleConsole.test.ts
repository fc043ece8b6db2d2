import { createElement } from 'lwc';
import HealthRuleConsole from 'c/healthRuleConsole';
import getRules from '@salesforce/apex/HealthRuleConsoleController.getRules';
import dryRun from '@salesforce/apex/HealthRuleConsoleController.dryRun';
import type { DryRunResult, RuleList, RuleView } from '@salesforce/apex/HealthRuleConsoleController';

jest.mock(
  '@salesforce/customPermission/Entatio_Manage_Health_Rules',
  () => ({ __esModule: true, default: true }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/apex/HealthRuleConsoleController.getRules', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthRuleConsoleController.dryRun', () => ({ default: jest.fn() }), {
  virtual: true
});

const mocked = <T>(fn: T): jest.Mock => fn as unknown as jest.Mock;
// eslint-disable-next-line @lwc/lwc/no-async-operation -- lets mocked promises settle and the DOM re-render
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** Several turns: Apex answers, the component re-renders, its children re-render. */
const flush = (): Promise<void> =>
  Array.from({ length: 5 }).reduce<Promise<void>>((turn) => turn.then(tick), Promise.resolve());

function rule(fields: Partial<RuleView> = {}): RuleView {
  return {
    ruleName: 'Cases_After_Onboarding',
    ruleLabel: 'Support cases after onboarding',
    active: true,
    status: 'Valid',
    errors: [],
    warnings: [],
    metric: 'Cases_Opened',
    metricLabel: 'Support cases opened',
    windowDays: 30,
    operator: 'Greater_Or_Equal',
    greenThreshold: 0,
    yellowThreshold: 1,
    redThreshold: 2,
    peerRelative: false,
    weight: 3,
    tenureBand: 'Any',
    severity: 'Critical',
    cooldownDays: 14,
    action: 'Notify',
    summary: 'Support cases opened over 30 days: red at or above 2, yellow at or above 1.',
    ...fields
  };
}

const LIST: RuleList = {
  rules: [
    rule(),
    rule({
      ruleName: 'Enterprise_Case_Spike',
      ruleLabel: 'Enterprise case spike (draft)',
      status: 'Invalid',
      windowDays: null,
      errors: ['Support cases opened is measured over a window: set Window (Days) to a number above 0.']
    }),
    rule({
      ruleName: 'Low_Engagement_Score',
      ruleLabel: 'Low engagement score',
      active: false,
      status: 'Inactive'
    })
  ],
  validCount: 1,
  invalidCount: 1,
  inactiveCount: 1,
  setupUrl: '/lightning/setup/CustomMetadata/home'
};

const RESULT: DryRunResult = {
  ruleName: 'Cases_After_Onboarding',
  ruleLabel: 'Support cases after onboarding',
  status: 'Valid',
  errors: [],
  evaluatedAt: '2026-01-01T00:00:00.000Z',
  scannedAccounts: 300,
  accountsInSegment: 240,
  missingDataCount: 0,
  scanLimitReached: false,
  bandCounts: { red: 1, yellow: 71, green: 168 },
  flagged: [
    {
      accountId: '001Ex0000000001AAA',
      accountName: 'Redwave Stores',
      ownerName: 'Tom Becker',
      accountType: 'Customer - Direct',
      tenureBand: 'Mature',
      value: 2,
      threshold: 2,
      band: 'Red',
      hasOpenAlert: true,
      explanation: 'Redwave Stores opened 2 support cases in the last 30 days.'
    }
  ],
  flaggedTruncated: false
};

async function render(): Promise<HTMLElement> {
  const element = createElement('c-health-rule-console', { is: HealthRuleConsole });
  document.body.appendChild(element);
  await flush();
  return element;
}

const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-health-rule-console', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    mocked(getRules).mockResolvedValue(LIST);
    mocked(dryRun).mockResolvedValue(RESULT);
  });

  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('lists every rule with its validation status; invalid rules say why and cannot be dry-run', async () => {
    const element = await render();
    expect(text($(element, '[data-id="counts"]'))).toBe('1 valid · 1 invalid · 1 inactive');
    expect(text($(element, '[data-id="invalid-note"]'))).toContain('1 rule is invalid and skipped');
    const invalid = $(element, 'tr[data-rule-row="Enterprise_Case_Spike"]')!;
    expect(text(invalid.querySelector('[data-id="status"]'))).toBe('Invalid');
    expect(text(invalid.querySelector('[data-id="errors"]'))).toContain('set Window (Days)');
    expect((invalid.querySelector('lightning-button') as HTMLElement & { disabled: boolean }).disabled).toBe(
      true
    );
    const valid = $(element, 'tr[data-rule-row="Cases_After_Onboarding"]')!;
    expect(text(valid)).toContain('Red ≥ 2 · Yellow ≥ 1');
    expect(text($(element, 'tr[data-rule-row="Low_Engagement_Score"] [data-id="status"]'))).toBe('Inactive');
    await expect(element).toBeAccessible();
  });

  it('dry-runs a rule and lists the accounts it would flag', async () => {
    const element = await render();
    $(element, 'lightning-button[data-rule="Cases_After_Onboarding"]')!.click();
    await flush();
    expect(mocked(dryRun)).toHaveBeenCalledWith({ ruleName: 'Cases_After_Onboarding' });
    const result = $(element, '[data-id="dry-run"]')!;
    expect(text(result.querySelector('h2'))).toBe('Dry run: Support cases after onboarding');
    expect(text(result.querySelector('[data-id="dry-run-stats"]'))).toMatch(/Would be flagged \(red\)\s*1/);
    const flagged = result.querySelector('tr[data-account-id="001Ex0000000001AAA"]')!;
    expect(text(flagged)).toContain('Redwave Stores');
    expect(text(flagged)).toContain('Mature · Customer - Direct');
    expect(text(flagged)).toContain('opened 2 support cases');
    await expect(element).toBeAccessible();
  });

  it('reports an invalid dry run and a failed one', async () => {
    mocked(dryRun).mockResolvedValue({
      ...RESULT,
      status: 'Invalid',
      errors: ['The rule has no red threshold.'],
      flagged: []
    });
    const element = await render();
    $(element, 'lightning-button[data-rule="Cases_After_Onboarding"]')!.click();
    await flush();
    expect(text($(element, '[data-id="dry-run-errors"]'))).toBe('The rule has no red threshold.');
    mocked(dryRun).mockRejectedValue({
      body: { message: 'You need the Manage Health Rules permission to use the rule console.' }
    });
    $(element, 'lightning-button[data-rule="Cases_After_Onboarding"]')!.click();
    await flush();
    const panel = $(element, '[data-id="dry-run"] c-state-panel') as HTMLElement & {
      variant: string;
      errors: unknown;
    };
    expect(panel.variant).toBe('error');
  });

  it('shows the server error with a retry', async () => {
    mocked(getRules).mockRejectedValueOnce({ body: { message: 'Custom metadata could not be read.' } });
    const element = await render();
    const panel = $(element, 'c-state-panel') as HTMLElement & { variant: string };
    expect(panel.variant).toBe('error');
    $(element, 'c-state-panel lightning-button')!.click();
    await flush();
    expect($(element, 'tr[data-rule-row]')).not.toBeNull();
  });
});
