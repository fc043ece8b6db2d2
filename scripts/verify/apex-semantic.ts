/**
 * Apex semantic check: apex-ls `CheckForIssues` over the project, the closest offline stand-in for the
 * platform's Apex compiler. It resolves types, fields (against the object metadata in `force-app`),
 * variables and methods, and checks that every class has its meta file. Every issue it reports — syntax,
 * error, missing, and warning — is a finding; only "unused" hints are left out.
 *
 * The jars come from `@salesforce/code-analyzer-pmd-engine` in this repository's `node_modules`, whatever
 * project is checked. Needs Java 17+ on PATH.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../lib/findings';
import { repoRoot } from '../lib/paths';
import { type VerifyOptions, oneLine, relativeTo, resolveRoot } from './util';

const CHECK = 'apex-semantic';

/** Categories apex-ls reports; `Unused` only appears with `-d unused` and is not a deploy problem. */
const FAILING_CATEGORIES = new Set(['Syntax', 'Error', 'Missing', 'Warning']);

interface ApexLsMessage {
  start: { line: number; offset: number };
  end: { line: number; offset: number };
  category: string;
  message: string;
}
interface ApexLsOutput {
  files: { path: string; messages: ApexLsMessage[] }[];
}

export const apexLsClasspath = path.join(
  repoRoot,
  'node_modules',
  '@salesforce',
  'code-analyzer-pmd-engine',
  'dist',
  'java-lib',
  '*'
);

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code =
        error && typeof (error as NodeJS.ErrnoException).code === 'number'
          ? Number((error as NodeJS.ErrnoException).code)
          : error
            ? -1
            : 0;
      resolve({ code, stdout, stderr, error: error && code === -1 ? error : undefined });
    });
  });
}

/** Parses apex-ls `-f json` output into findings (exported for tests). */
export function parseApexLsJson(root: string, stdout: string): Finding[] {
  const start = stdout.indexOf('{');
  const parsed = JSON.parse(stdout.slice(start)) as ApexLsOutput;
  const findings: Finding[] = [];
  for (const file of parsed.files ?? []) {
    for (const m of file.messages ?? []) {
      if (!FAILING_CATEGORIES.has(m.category)) continue;
      findings.push({
        check: CHECK,
        file: relativeTo(root, file.path),
        line: m.start?.line,
        column: m.start ? m.start.offset + 1 : undefined,
        message: `${m.category}: ${oneLine(m.message)}`
      });
    }
  }
  return findings;
}

export async function checkApexSemantic(opts: VerifyOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(opts);
  if (!fs.existsSync(path.join(root, 'sfdx-project.json'))) {
    return [
      {
        check: CHECK,
        file: relativeTo(root, root),
        message: 'no sfdx-project.json: apex-ls needs an SFDX project'
      }
    ];
  }
  const args = [
    '-cp',
    apexLsClasspath,
    'io.github.apexdevtools.apexls.CheckForIssues',
    '-n',
    '-f',
    'json',
    '-d',
    'warnings',
    '-w',
    root
  ];
  const { code, stdout, stderr, error } = await run(args);
  if (error) {
    return [
      {
        check: CHECK,
        file: 'java',
        message: `could not run apex-ls (is Java 17+ on PATH?): ${oneLine(error.message)}`
      }
    ];
  }
  let findings: Finding[];
  try {
    findings = parseApexLsJson(root, stdout);
  } catch {
    return [
      {
        check: CHECK,
        file: relativeTo(root, root),
        message: `unreadable apex-ls output (exit ${code}): ${oneLine(stdout + ' ' + stderr)}`
      }
    ];
  }
  // apex-ls exits 4 when it reports issues; any other non-zero exit is a crash.
  if (code !== 0 && code !== 4) {
    findings.push({
      check: CHECK,
      file: relativeTo(root, root),
      message: `apex-ls exited with ${code}: ${oneLine(stderr)}`
    });
  }
  if (code === 4 && findings.length === 0) {
    findings.push({
      check: CHECK,
      file: relativeTo(root, root),
      message: 'apex-ls reported issues it did not list'
    });
  }
  return findings;
}
