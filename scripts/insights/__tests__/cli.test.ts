import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isView } from '../../sample-data/activities';
import { aggregateDataset } from '../aggregate';
import { runInsightsCli } from '../cli';
import { syntheticDataset } from '../synthetic';

describe('aggregateDataset', () => {
  const dataset = syntheticDataset({ seed: 11, accounts: 60, visitRate: 0.05 });
  const input = aggregateDataset(dataset);

  it('counts every customer view once per aggregate', () => {
    const views = dataset.events.filter(isView).length;
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(input.topics.map((t) => t.events))).toBe(views);
    expect(sum(input.segments.map((s) => s.events))).toBe(views);
    expect(sum(input.sectionViews.map((s) => s.events))).toBe(views);
    expect(sum(input.accounts.map((a) => a.events))).toBe(views);
    expect(sum(input.accountTopics.map((a) => a.events))).toBe(views);
    expect(sum((input.journeys ?? []).flatMap((j) => j.transitions.map((t) => t.count)))).toBe(views);
    expect(sum(input.population.map((p) => p.contacts))).toBe(dataset.contacts.length);
    expect(sum(input.topics.map((t) => t.visits))).toBe(
      dataset.events.filter((e) => isView(e) && !e.Previous_Section__c).length
    );
  });

  it('keeps closed opportunities of the period with their engagement before close', () => {
    expect(input.opportunities).toHaveLength(dataset.opportunities.length);
    expect(input.opportunities.every((o) => o.engagementBeforeClose !== undefined)).toBe(true);
    expect(input.periodStart).toBe('2025-07-05');
  });
});

describe('npm run insights', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the result JSON with journeys, segments, revenue, topics and cards', () => {
    const file = path.join(dir, 'data.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, ...syntheticDataset({ seed: 12, accounts: 30 }) }));
    const result = runInsightsCli(['--data', file, '--recent-days', '21']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['period', 'journeys', 'segments', 'revenue', 'topics', 'cards']);
    expect(json.period.recentDays).toBe(21);
    expect(json.journeys).toHaveLength(6);
    expect(runInsightsCli([`--data=${file}`, '--compact']).stdout.split('\n')).toHaveLength(2);
  });

  it('explains bad usage and bad files in one line', () => {
    expect(runInsightsCli([])).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^Usage:/) });
    expect(runInsightsCli(['--help'])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringMatching(/^Usage:/)
    });
    expect(runInsightsCli(['--data', path.join(dir, 'none.json')]).stderr).toMatch(/does not exist/);
    expect(runInsightsCli(['--data', dir]).stderr).toMatch(/is a folder/);
    const junk = path.join(dir, 'junk.json');
    fs.writeFileSync(junk, '{ nope');
    expect(runInsightsCli(['--data', junk]).stderr).toMatch(/is not valid JSON/);
    fs.writeFileSync(junk, '{"version": 2}');
    expect(runInsightsCli(['--data', junk]).stderr).toMatch(/not an Entatio sample dataset/);
    expect(runInsightsCli(['--data', junk, '--recent-days', '0']).stderr).toMatch(/--recent-days needs/);
  });
});
