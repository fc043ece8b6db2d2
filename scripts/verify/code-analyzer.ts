/**
 * Security and quality gate: Salesforce Code Analyzer (the engine behind `sf code-analyzer run`), driven
 * through `@salesforce/code-analyzer-core` with the PMD (+ CPD), ESLint, regex and RetireJS engines, rule
 * selectors Recommended + Security + AppExchange, over `force-app`. Violations of severity 1 (Critical)
 * and 2 (High) are findings; lower severities go to `warn`.
 *
 * ESLint runs on the engine's own base configs (JavaScript, LWC, TypeScript, SLDS); the project's
 * `eslint.config.*` is not auto-discovered, so the gate does not depend on it (the lint step runs it).
 * The LWC rules apply to `.js`, i.e. to the compiled components: run `npm run build` first.
 * Tests, mocks and typings do not deploy and are not scanned. A justified exception is marked in the
 * source with `// code-analyzer-suppress(pmd:RuleName)` and a comment giving the reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeAnalyzer,
  CodeAnalyzerConfig,
  EventType,
  LogLevel,
  type LogEvent,
  type Violation
} from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import type { Finding } from '../lib/findings';
import { type VerifyOptions, oneLine, packageDirOf, relativeTo, resolveRoot } from './util';

const CHECK = 'code-analyzer';

export const RULE_SELECTORS = ['Recommended', 'Security', 'AppExchange'];

/** Files in force-app that never deploy (see .forceignore) and are not scanned. */
const IGNORED_FILES = [
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/*.d.ts',
  '**/tsconfig.json',
  '**/jsconfig.json',
  '**/.eslintrc.json'
];

/**
 * Severity raised to High (gating): a class with data access and no sharing declaration is a security
 * review failure, but the engine ships the rule as Moderate.
 */
const RULE_OVERRIDES = {
  pmd: { ApexSharingViolations: { severity: 2 } }
};

type EnginePlugin = Parameters<CodeAnalyzer['addEnginePlugin']>[0];

export interface CodeAnalyzerOptions extends VerifyOptions {
  /** Rule selectors (default Recommended, Security, AppExchange). */
  selectors?: string[];
  /** Receives the analyzer's own error and warning log lines. */
  log?: (message: string) => void;
}

/**
 * Third-party static resources are minified library builds, not our code: ESLint's rules would lint (and on
 * pdf.js, crash on) them, so the main run skips them and a RetireJS-only run scans them for known-vulnerable
 * library versions.
 */
const STATIC_RESOURCES = '**/staticresources/**';

interface AnalyzerRun {
  root: string;
  engines: { createEnginePlugin(): unknown }[];
  ignores: string[];
  targets: string[];
  selectors: string[];
  log?: (message: string) => void;
}

async function runAnalyzer(run: AnalyzerRun): Promise<{ violations: Violation[]; engineErrors: string[] }> {
  const config = CodeAnalyzerConfig.fromObject(
    {
      log_level: LogLevel.Warn,
      engines: { eslint: { auto_discover_eslint_config: false, disable_react_base_config: true } },
      rules: RULE_OVERRIDES,
      ignores: { files: run.ignores }
    },
    run.root
  );
  const analyzer = new CodeAnalyzer(config);
  const engineErrors: string[] = [];
  analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
    if (event.logLevel === LogLevel.Error) engineErrors.push(oneLine(event.message));
    if (event.logLevel <= LogLevel.Warn) run.log?.(oneLine(event.message));
  });
  for (const engine of run.engines) {
    // Each engine package pins its own copy of the engine API; the plugin interface is the same.
    await analyzer.addEnginePlugin(engine.createEnginePlugin() as unknown as EnginePlugin);
  }
  const workspace = await analyzer.createWorkspace(run.targets);
  const selection = await analyzer.selectRules(run.selectors, { workspace });
  const results = await analyzer.run(selection, { workspace });
  return { violations: results.getViolations(), engineErrors };
}

/** Folders named `staticresources` under the package directory. */
function staticResourceDirs(packageDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === 'staticresources') found.push(full);
      else walk(full);
    }
  };
  walk(packageDir);
  return found;
}

export async function checkCodeAnalyzer(opts: CodeAnalyzerOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(opts);
  const packageDir = packageDirOf(root);
  if (!fs.existsSync(packageDir))
    return [{ check: CHECK, file: relativeTo(root, packageDir), message: 'package directory missing' }];

  const selectors = opts.selectors ?? RULE_SELECTORS;
  const runs = [
    await runAnalyzer({
      root,
      engines: [pmdEngine, eslintEngine, regexEngine, retireJsEngine],
      ignores: [...IGNORED_FILES, STATIC_RESOURCES],
      targets: [packageDir],
      selectors,
      log: opts.log
    })
  ];
  const resourceDirs = staticResourceDirs(packageDir);
  if (resourceDirs.length) {
    runs.push(
      await runAnalyzer({
        root,
        engines: [retireJsEngine],
        ignores: IGNORED_FILES,
        targets: resourceDirs,
        selectors: selectors.map((selector) => `retire-js:${selector}`),
        log: opts.log
      })
    );
  }

  const findings: Finding[] = [];
  for (const violation of runs.flatMap((run) => run.violations)) {
    const rule = violation.getRule();
    const location = violation.getPrimaryLocation();
    const file = location.getFile();
    const severity = rule.getSeverityLevel();
    const finding: Finding = {
      check: CHECK,
      file: file ? relativeTo(root, file) : relativeTo(root, packageDir),
      line: location.getStartLine(),
      column: location.getStartColumn(),
      message: `sev ${severity} ${rule.getEngineName()}:${rule.getName()} — ${oneLine(violation.getMessage())}`
    };
    if (severity <= 2) findings.push(finding);
    else opts.warn?.(finding);
  }
  for (const message of runs.flatMap((run) => run.engineErrors)) {
    findings.push({ check: CHECK, file: relativeTo(root, packageDir), message: `engine error: ${message}` });
  }
  return findings;
}
