import type {
  AccountHealthDetail,
  AccountHealthRow,
  AlertView,
  MonitorPage
} from '@salesforce/apex/HealthMonitorController';

export const RED_ID = '001Ex0000000001AAA';
export const GREEN_ID = '001Ex0000000002AAA';

export function row(fields: Partial<AccountHealthRow> = {}): AccountHealthRow {
  return {
    accountId: RED_ID,
    accountName: 'Redwave Stores',
    ownerId: '005Ex0000000001AAA',
    ownerName: 'Tom Becker',
    accountType: 'Customer - Direct',
    tenureBand: 'Mature',
    tenureDays: 1500,
    score: 33.33,
    band: 'Red',
    previousScore: 45,
    trend: -11.67,
    openAlertCount: 2,
    newAlertCount: 2,
    highestSeverity: 'Critical',
    topReason: 'Redwave Stores opened 2 support cases in the last 30 days.',
    ...fields
  };
}

export function page(rows: AccountHealthRow[], fields: Partial<MonitorPage> = {}): MonitorPage {
  return {
    rows,
    totalCount: rows.length,
    offset: 0,
    pageSize: 25,
    hasMore: false,
    bandCounts: { red: 1, yellow: 0, green: 1, none: 0 },
    lastEvaluatedAt: '2026-01-01T00:00:00.000Z',
    ...fields
  };
}

export function alert(fields: Partial<AlertView> = {}): AlertView {
  return {
    id: 'a0HEx0000000001AAA',
    name: 'HA-0000001',
    accountId: RED_ID,
    accountName: 'Redwave Stores',
    ruleName: 'Cases_After_Onboarding',
    ruleLabel: 'Support cases after onboarding',
    severity: 'Critical',
    status: 'Open',
    value: 2,
    threshold: 2,
    explanation: 'Redwave Stores opened 2 support cases in the last 30 days.',
    lastFiredAt: '2025-12-31T22:00:00.000Z',
    createdDate: '2025-12-17T22:00:00.000Z',
    canEdit: true,
    ...fields
  };
}

export function detail(): AccountHealthDetail {
  return {
    account: row(),
    rules: [
      {
        ruleName: 'Cases_After_Onboarding',
        ruleLabel: 'Support cases after onboarding',
        metric: 'Cases_Opened',
        metricLabel: 'Support cases opened',
        windowDays: 30,
        operator: 'Greater_Or_Equal',
        value: 2,
        unit: 'count',
        greenThreshold: 0,
        yellowThreshold: 1,
        redThreshold: 2,
        band: 'Red',
        weight: 3,
        weightUsed: 0.3333,
        points: 0,
        missingData: false,
        applies: true,
        explanation: 'Redwave Stores opened 2 support cases in the last 30 days.'
      },
      {
        ruleName: 'Low_Course_Completion',
        ruleLabel: 'Low completion of started courses',
        metric: 'Course_Completion',
        metricLabel: 'Course completion',
        windowDays: 90,
        operator: 'Less_Than',
        value: 36,
        unit: 'percent',
        yellowThreshold: 30,
        redThreshold: 15,
        band: 'Green',
        weight: 1,
        weightUsed: 0.1111,
        points: 11.11,
        missingData: false,
        applies: true,
        explanation: '36% of started courses completed in the last 90 days: healthy.'
      },
      {
        ruleName: 'Closed_Won_Trend_Down',
        ruleLabel: 'Closed-won trend down',
        metric: 'Closed_Won_Change',
        metricLabel: 'Closed won vs previous period',
        windowDays: 180,
        operator: 'Less_Than',
        unit: 'ratio',
        yellowThreshold: 0.8,
        redThreshold: 0.5,
        weight: 1,
        weightUsed: 0,
        points: 0,
        missingData: true,
        applies: true,
        explanation: 'No data for closed won in the last 180 days; its weight went to the other rules.'
      }
    ],
    alerts: [alert()],
    history: [
      { evaluatedAt: '2025-12-25T00:00:00.000Z', score: 45, band: 'Yellow' },
      { evaluatedAt: '2026-01-01T00:00:00.000Z', score: 33.33, band: 'Red' }
    ],
    summary: 'Red (33 of 100); 1 of 2 counted rules red, 0 yellow.'
  };
}
