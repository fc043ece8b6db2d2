import { benchTargets, formatTable, parseRuns, stats, type BenchReport } from '../bench';
import { SLIDE_CHANGE_NOT_MEASURED } from '../bench-scenarios';

describe('bench statistics', () => {
  it('takes the median and the nearest-rank p90', () => {
    expect(stats([5, 1, 3])).toEqual({ runs: 3, median: 3, p90: 5, min: 1, max: 5 });
    expect(stats([1, 2, 3, 4])).toMatchObject({ median: 2.5, p90: 4 });
    expect(stats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toMatchObject({ median: 5.5, p90: 9 });
    expect(() => stats([])).toThrow();
  });

  it('reads --runs', () => {
    expect(parseRuns([])).toBe(10);
    expect(parseRuns(['--runs', '3'])).toBe(3);
    expect(parseRuns(['--runs=7'])).toBe(7);
    expect(() => parseRuns(['--runs', '0'])).toThrow(/at least 1/);
  });

  it('says slide changes are not measured while there is no viewer', () => {
    const report: BenchReport = {
      date: '2026-01-01T00:00:00.000Z',
      chromium: '140',
      bundle: 'production',
      runsPerPage: 3,
      firstRender: [{ page: 'Home', route: '#/', ms: stats([10, 20, 30]) }],
      slideChange: { notMeasured: SLIDE_CHANGE_NOT_MEASURED }
    };
    const table = formatTable(report);
    expect(table).toContain('Home');
    expect(table).toContain('20.0');
    expect(table).toContain('slide change: not measured: no slide viewer yet');
  });

  it('measures every page, and each further feature tab of a record page', () => {
    const course = 'a01Ex0000000001IAA';
    const targets = benchTargets({ course });
    expect(targets.filter((t) => t.key === `course:${course}`)).toEqual([
      { page: 'Course record', hash: `#/course/${course}`, key: `course:${course}` },
      { page: 'Course record, Present tab', hash: `#/course/${course}/present`, key: `course:${course}` },
      { page: 'Course record, Journeys tab', hash: `#/course/${course}/journeys`, key: `course:${course}` }
    ]);
    expect(targets.find((t) => t.page === 'Account record')).toEqual({
      page: 'Account record',
      hash: '#/account',
      key: 'account'
    });
    expect(targets.find((t) => t.page === 'Customer Health Monitor')?.hash).toBe('#/health');
  });
});
