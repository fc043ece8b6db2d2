import {
  bandView,
  formatDate,
  formatScore,
  formatThresholds,
  formatValue,
  formatWeightUsed,
  operatorSymbol,
  relativeTime,
  severityView,
  snoozeUntil,
  sparklinePoints,
  tenureText,
  trendView
} from 'c/healthDisplay';

const NOW = Date.parse('2026-01-01T00:00:00.000Z');

describe('c/healthDisplay', () => {
  it('bands: SLDS theme badges with words, and a neutral badge when not scored', () => {
    expect(bandView('Red')).toEqual({
      label: 'Red',
      description: 'At risk',
      badgeClass: 'slds-badge slds-theme_error'
    });
    expect(bandView('Yellow').badgeClass).toBe('slds-badge slds-theme_warning');
    expect(bandView('Green').description).toBe('Healthy');
    expect(bandView(null)).toEqual({
      label: 'Not scored',
      description: 'Not scored yet',
      badgeClass: 'slds-badge'
    });
  });

  it('trend arrows: up, down, steady under one point, none without a previous score', () => {
    expect(trendView(6.4)).toMatchObject({
      direction: 'up',
      iconName: 'utility:arrowup',
      text: '+6',
      label: 'Up 6 points since the previous score'
    });
    expect(trendView(-12)).toMatchObject({
      direction: 'down',
      iconName: 'utility:arrowdown',
      iconVariant: 'error',
      text: '−12'
    });
    expect(trendView(-1)).toMatchObject({
      direction: 'down',
      label: 'Down 1 point since the previous score'
    });
    expect(trendView(0.4)).toMatchObject({ direction: 'steady', text: '±0' });
    expect(trendView(null)).toMatchObject({ direction: 'none', iconName: '', label: 'No previous score' });
  });

  it('formats scores and values by unit', () => {
    expect(formatScore(33.33)).toBe('33');
    expect(formatScore(undefined)).toBe('—');
    expect(formatValue(2, 'count')).toBe('2');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(45, 'days')).toBe('45 days');
    expect(formatValue(36.36, 'percent')).toBe('36%');
    expect(formatValue(125000, 'currency')).toBe('$125,000');
    expect(formatValue(0.5, 'ratio')).toBe('0.5×');
    expect(formatValue(1234.567, 'number')).toBe('1,234.57');
    expect(formatValue(null, 'count')).toBe('—');
  });

  it('thresholds with the operator, as ratios for peer-relative rules', () => {
    expect(operatorSymbol('Greater_Or_Equal')).toBe('≥');
    expect(operatorSymbol('Sideways')).toBe('');
    expect(
      formatThresholds({ operator: 'Greater_Or_Equal', redThreshold: 2, yellowThreshold: 1 }, 'count')
    ).toBe('Red ≥ 2 · Yellow ≥ 1');
    expect(
      formatThresholds(
        { operator: 'Less_Than', redThreshold: 0.25, yellowThreshold: 0.5, peerRelative: true },
        'count'
      )
    ).toBe('Red < 0.25× · Yellow < 0.5×');
    expect(formatThresholds({ operator: 'Less_Than' }, 'count')).toBe('');
  });

  it('severities, weights, tenure', () => {
    expect(severityView('Critical').iconName).toBe('utility:error');
    expect(severityView(undefined).iconName).toBe('utility:info');
    expect(formatWeightUsed(0.3333)).toBe('33%');
    expect(formatWeightUsed(0)).toBe('—');
    expect(tenureText('Mature', 1927)).toBe('Mature (5 years)');
    expect(tenureText('Established', 400)).toBe('Established (13 months)');
    expect(tenureText('New', 1)).toBe('New (1 day)');
    expect(tenureText(null, 3)).toBe('');
  });

  it('relative times and snooze ends from a given now', () => {
    expect(relativeTime('2025-12-31T22:00:00.000Z', NOW)).toBe('2 hours ago');
    expect(relativeTime('2025-12-25T00:00:00.000Z', NOW)).toBe('7 days ago');
    expect(relativeTime('2026-01-08T00:00:00.000Z', NOW)).toBe('in 7 days');
    expect(relativeTime('2025-12-31T23:59:30.000Z', NOW)).toBe('just now');
    expect(relativeTime('nonsense', NOW)).toBe('');
    expect(snoozeUntil(7, NOW)).toBe('2026-01-08T00:00:00.000Z');
    expect(formatDate('2025-12-31T12:00:00.000Z')).toMatch(/2025/);
    expect(formatDate('nonsense')).toBe('');
    expect(formatDate(null)).toBe('');
  });

  it('sparkline points span the box, 100 at the top and 0 at the bottom', () => {
    expect(sparklinePoints([100, 0], 104, 24)).toBe('2,2 102,22');
    expect(sparklinePoints([50], 100, 24)).toBe('2,12');
    expect(sparklinePoints([], 100, 24)).toBe('');
  });
});
