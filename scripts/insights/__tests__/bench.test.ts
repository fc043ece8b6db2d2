import { formatCompute, stats } from '../../workbench/bench';
import { COMPUTE_SCENARIOS } from '../../workbench/bench-scenarios';
import type { Dataset } from '../../sample-data/types';
import { syntheticDataset } from '../synthetic';

describe('the insights bench scenario', () => {
  it('times aggregation, analysis and one journey apart', () => {
    const scenario = COMPUTE_SCENARIOS.find((s) => s.name === 'insights')!;
    const timings = scenario.run(syntheticDataset({ seed: 13, accounts: 30 }) as unknown as Dataset);
    expect(Object.keys(timings)).toEqual([
      'aggregate the dataset (Node)',
      'analyze (6 journeys, segments, revenue, topics, cards)',
      'analyzeJourney (12-section course)'
    ]);
    for (const ms of Object.values(timings)) expect(ms).toBeGreaterThan(0);
    const text = formatCompute(
      Object.entries(timings).map(([step, ms]) => ({ scenario: 'insights', step, ms: stats([ms]) })),
      1
    );
    expect(text).toMatch(/^Compute \(Node v\d+/);
    expect(text).toContain('insights: analyzeJourney (12-section course): median');
  });
});
