/** The console for a user without the Manage Health Rules custom permission (read when the module loads). */
import { createElement } from 'lwc';
import HealthRuleConsole from 'c/healthRuleConsole';
import getRules from '@salesforce/apex/HealthRuleConsoleController.getRules';
import dryRun from '@salesforce/apex/HealthRuleConsoleController.dryRun';

jest.mock(
  '@salesforce/customPermission/Entatio_Manage_Health_Rules',
  () => ({ __esModule: true, default: undefined }),
  { virtual: true }
);
jest.mock('@salesforce/apex/HealthRuleConsoleController.getRules', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/HealthRuleConsoleController.dryRun', () => ({ default: jest.fn() }), {
  virtual: true
});

describe('c-health-rule-console without the permission', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows a no-permission state and calls nothing', async () => {
    const element = createElement('c-health-rule-console', { is: HealthRuleConsole });
    document.body.appendChild(element);
    await Promise.resolve();
    const panel = element.shadowRoot!.querySelector('c-state-panel') as HTMLElement & {
      variant: string;
      heading: string;
    };
    expect(panel.variant).toBe('no-access');
    expect(panel.heading).toBe('You need the Manage Health Rules permission');
    expect(element.shadowRoot!.querySelector('table')).toBeNull();
    expect(getRules).not.toHaveBeenCalled();
    expect(dryRun).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});
