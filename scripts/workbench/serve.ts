/**
 * The local workbench: bundles the package's LWCs with the shell, loads the sample data, and serves both
 * on 127.0.0.1.
 *
 *   npm start                                  (= npm run build && node build/scripts/workbench/serve.js)
 *   node build/scripts/workbench/serve.js [--port N] [--seed N] [--production] [--watch]
 *
 * Environment: WORKBENCH_PORT (default 4173), WORKBENCH_SEED, WORKBENCH_LATENCY_MS (delay every Apex and
 * UI API answer, to see loading states). `--watch` rebuilds the bundle when the workbench or a component
 * changes (run `npm run build` again after editing a component's TypeScript).
 *
 * Programmatic: `startWorkbench({ port: 0 })` → `{ url, close(), rebuild() }` (tests and the bench).
 */
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Dataset } from '../sample-data/types';
import { repoRoot } from '../lib/paths';
import { bundleWorkbench, type BundleMode, type BundleResult } from './bundle';
import { WorkbenchData } from './data';
import { cloneDataset, loadDataset, type DatasetOptions } from './dataset';
import { appDir } from './paths';
import { createHandler, findStaticResources, type WorkbenchState } from './server';

export const DEFAULT_PORT = 4173;

export interface WorkbenchOptions {
  /** 0 picks a free port. Default: `$WORKBENCH_PORT` or 4173. */
  port?: number;
  host?: string;
  mode?: BundleMode;
  /** Serve this dataset instead of generating one (tests). */
  dataset?: Dataset;
  datasetOptions?: DatasetOptions;
  latencyMs?: number;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
}

export interface Workbench {
  url: string;
  port: number;
  bundle: BundleResult;
  rebuild(): Promise<BundleResult>;
  close(): Promise<void>;
}

function envNumber(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${name} must be a number, not "${value}".`);
  return parsed;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use; pass --port N or set WORKBENCH_PORT.`)
          : error
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const log = options.log ?? ((line: string) => console.log(line));
  const mode = options.mode ?? 'development';
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? envNumber('WORKBENCH_PORT') ?? DEFAULT_PORT;

  let original: Dataset;
  if (options.dataset) original = options.dataset;
  else {
    const loaded = loadDataset(options.datasetOptions ?? { seed: envNumber('WORKBENCH_SEED') });
    original = loaded.dataset;
    log(
      `Sample data: ${loaded.source === 'cache' ? 'read from cache' : 'generated'} in ${loaded.durationMs} ms (seed ${original.seed}).`
    );
  }

  let bundle = await bundleWorkbench({ mode });
  log(`Bundled the workbench (${mode}) in ${bundle.durationMs} ms.`);
  bundle.warnings.forEach((w) => log(`  warning: ${w}`));

  const state: WorkbenchState = {
    data: new WorkbenchData(cloneDataset(original)),
    reset: () => (state.data = new WorkbenchData(cloneDataset(original))),
    distDir: bundle.outDir,
    staticResources: findStaticResources(),
    latencyMs: options.latencyMs ?? envNumber('WORKBENCH_LATENCY_MS')
  };
  const server = createServer(createHandler(state));
  const actualPort = await listen(server, port, host);
  const url = `http://${host}:${actualPort}/`;

  let building: Promise<BundleResult> | undefined;
  const rebuild = async (): Promise<BundleResult> => {
    building ??= bundleWorkbench({ mode }).finally(() => (building = undefined));
    bundle = await building;
    state.distDir = bundle.outDir;
    return bundle;
  };
  return {
    url,
    port: actualPort,
    get bundle() {
      return bundle;
    },
    rebuild,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}

interface CliOptions {
  port?: number;
  seed?: number;
  mode: BundleMode;
  watch: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { mode: 'development', watch: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): number => {
      const next = Number(argv[++i]);
      if (!Number.isInteger(next) || next < 0) throw new Error(`${arg} needs a whole number.`);
      return next;
    };
    if (arg === '--port') options.port = value();
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--production') options.mode = 'production';
    else if (arg === '--watch') options.watch = true;
    else
      throw new Error(
        `Unknown option ${arg}. Usage: serve.js [--port N] [--seed N] [--production] [--watch]`
      );
  }
  return options;
}

/** Rebuilds on changes to the workbench sources or compiled components (debounced). */
function watchSources(rebuild: () => Promise<BundleResult>): void {
  let timer: NodeJS.Timeout | undefined;
  const trigger = (file: string | null): void => {
    if (file && !/\.(ts|js|html|css)$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      rebuild().then(
        (b) => console.log(`Rebuilt in ${b.durationMs} ms; reload the page.`),
        (error: Error) => console.error(`Rebuild failed: ${error.message}`)
      );
    }, 200);
  };
  for (const dir of [appDir, path.join(repoRoot, 'force-app')]) {
    fs.watch(dir, { recursive: true }, (_event, file) => trigger(file));
  }
}

if (require.main === module) {
  (async () => {
    const cli = parseArgs(process.argv.slice(2));
    const workbench = await startWorkbench({
      port: cli.port,
      mode: cli.mode,
      datasetOptions: cli.seed === undefined ? undefined : { seed: cli.seed }
    });
    if (cli.watch) watchSources(workbench.rebuild);
    console.log(`\nEntatio workbench: ${workbench.url}\n`);
    const stop = (): void => {
      void workbench.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
