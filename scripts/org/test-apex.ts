/**
 * npm run org:test — runs every Apex test of the package in the default org through
 * `@salesforce/apex-node`, with code coverage, and fails when a test fails or coverage is under 75 %.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HumanReporter, TestService, type TestLevel, type TestResult } from '@salesforce/apex-node';
import { repoRoot } from '../lib/paths';
import { connect, runOrgScript } from './connection';

const REQUIRED_COVERAGE = 75;

/** Names of the test classes in the package (`*_Test.cls` under force-app/test). */
export function testClassNames(root: string = path.join(repoRoot, 'force-app', 'test')): string[] {
  const names: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/_Test\.cls$/.test(entry.name)) names.push(entry.name.replace(/\.cls$/, ''));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return names.sort();
}

/** Org-wide coverage as a number, from the summary apex-node reports (e.g. "81%"). */
export function coveragePercent(result: TestResult): number {
  const reported = result.summary.testRunCoverage ?? result.summary.orgWideCoverage ?? '0%';
  return Number.parseFloat(String(reported).replace('%', '')) || 0;
}

if (require.main === module)
  runOrgScript(async () => {
    const { connection } = await connect('target-org');
    const classNames = testClassNames();
    if (classNames.length === 0)
      throw new Error('No Apex test classes (*_Test.cls) found under force-app/test.');
    const service = new TestService(connection);
    const payload = await service.buildAsyncPayload(
      'RunSpecifiedTests' as TestLevel,
      undefined,
      classNames.join(',')
    );
    const result = (await service.runTestAsynchronous(payload, true)) as TestResult;
    console.log(new HumanReporter().format(result, true));
    const coverage = coveragePercent(result);
    if (result.summary.failing > 0) throw new Error(`${result.summary.failing} Apex test(s) failed.`);
    if (coverage < REQUIRED_COVERAGE)
      throw new Error(`Coverage ${coverage}% is under ${REQUIRED_COVERAGE}%.`);
    console.log(`${result.summary.passing} Apex tests passed; coverage ${coverage}%.`);
  });
