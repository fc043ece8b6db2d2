import { compactCurrency, heatMap, heatStep, monthLabel, niceMax, trendChart } from 'c/engagementCharts';

describe('heat map', () => {
  const view = heatMap({
    rows: [
      { id: 'c1', label: 'Yara Santos', detail: 'Business Analyst' },
      { id: 'c2', label: 'Emma Quinn' }
    ],
    columns: [
      { id: 'k1', label: 'Onboarding' },
      { id: 'k2', label: 'API & Integrations' }
    ],
    cells: [
      { rowId: 'c1', columnId: 'k1', views: 40 },
      { rowId: 'c2', columnId: 'k2', views: 1 }
    ]
  });

  it('lays out one cell per contact x course, empty cells white and unlabeled', () => {
    expect(view.rows.map((r) => r.cells.length)).toEqual([2, 2]);
    expect(view.rows[0]!.cells[0]).toMatchObject({
      views: 40,
      text: '40',
      fill: '#014486',
      textFill: '#ffffff'
    });
    expect(view.rows[0]!.cells[1]).toMatchObject({ views: 0, text: '', fill: '#ffffff' });
    expect(view.rows[1]!.cells[1]!.label).toBe('Emma Quinn, API & Integrations: 1 view');
    expect(view.columns.map((c) => c.shortLabel)).toEqual(['1', '2']);
    expect(view.max).toBe(40);
    expect(view.summary).toBe(
      'Heat map of views by 2 contacts across 2 courses; the most for one contact on one course is 40 views.'
    );
  });

  it('spreads steps by square root so small counts stay visible', () => {
    expect(heatStep(0, 40)).toBe(0);
    expect(heatStep(1, 40)).toBe(1);
    expect(heatStep(10, 40)).toBe(3);
    expect(heatStep(40, 40)).toBe(5);
  });
});

describe('trend chart', () => {
  const periods = [
    { month: '2025-11', views: 10, wonAmount: 0 },
    { month: '2025-12', views: 40, wonAmount: 50000 },
    { month: '2026-01', views: 0, wonAmount: 0 }
  ];
  const view = trendChart(periods);

  it('draws a point per month and a bar per month with closed-won amount', () => {
    expect(view.points).toHaveLength(3);
    expect(view.bars).toHaveLength(1);
    expect(view.bars[0]!.label).toBe('Dec 2025: $50,000 closed won');
    expect(view.linePath.startsWith('M')).toBe(true);
    expect(view.maxViews).toBe(50);
    expect(view.maxAmount).toBe(50000);
    // The highest bar reaches the top of the plot when its amount is the axis maximum.
    expect(view.bars[0]!.y).toBe(view.plot.topY);
    expect(view.points[2]!.cy).toBe(view.plot.bottom);
  });

  it('says in words what the chart shows, and has the same numbers as table rows', () => {
    expect(view.summary).toBe(
      'Engagement over 3 months: 50 views, the most in Dec 2025 (40); $50,000 closed won in the same period.'
    );
    expect(view.rows[1]).toEqual({ key: '2025-12', month: 'Dec 2025', views: '40', amount: '$50,000' });
    expect(view.monthTicks.map((t) => t.label)).toEqual(['Nov 2025', 'Dec', 'Jan 2026']);
  });

  it('formats axes', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(120)).toBe(200);
    expect(compactCurrency(1_250_000)).toBe('$1.3M');
    expect(compactCurrency(12_500)).toBe('$13K');
    expect(monthLabel('2025-07')).toBe('Jul 2025');
  });

  it('keeps distinct axis ticks for a record without sales or with few views', () => {
    const quiet = trendChart([
      { month: '2025-12', views: 1, wonAmount: 0 },
      { month: '2026-01', views: 0, wonAmount: 0 }
    ]);
    expect(quiet.viewTicks.map((t) => t.label)).toEqual(['0', '1', '2']);
    expect(quiet.amountTicks.map((t) => t.label)).toEqual(['$0', '$500', '$1K']);
    expect(quiet.bars).toHaveLength(0);
  });

  it('handles no months', () => {
    expect(trendChart([]).summary).toBe('No months to show.');
  });
});
