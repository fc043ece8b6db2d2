/**
 * Makes sure Debian's Chromium is installed for the browser tests and the benchmark. When the executable is
 * missing it runs `apt-get update && apt-get install -y chromium` (as root, or through sudo when that works
 * without a password) and fails with one clear sentence when that is impossible.
 *
 *   node build/scripts/workbench/ensure-chromium.js      prints the executable path
 *
 * `CHROMIUM_PATH` overrides the executable (e.g. a Chrome on a developer machine); then nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags every launch uses: headless, no sandbox (containers/CI run as root), nothing phoning home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export class ChromiumUnavailableError extends Error {
  override name = 'ChromiumUnavailableError';
}

export interface EnsureChromiumOptions {
  /** Executable to look for. Default: `$CHROMIUM_PATH` or `/usr/bin/chromium`. */
  executablePath?: string;
  /** Install with apt-get when missing. Default: true (false when `CHROMIUM_PATH` is set). */
  install?: boolean;
  /** Progress output (apt-get's own output is inherited). Default: stderr. */
  log?: (line: string) => void;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function run(command: string[]): boolean {
  const [cmd, ...args] = command;
  const result = spawnSync(cmd!, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  });
  return result.status === 0;
}

/** How to run apt-get as root here: directly when root, through password-less sudo, or not at all. */
function rootPrefix(): string[] | undefined {
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

/** Returns the Chromium executable path, installing Debian's package first when it is missing. */
export function ensureChromium(options: EnsureChromiumOptions = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const executablePath = options.executablePath ?? fromEnv ?? DEFAULT_CHROMIUM;
  const install = options.install ?? !fromEnv;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  if (isExecutable(executablePath)) return executablePath;

  if (!install) {
    throw new ChromiumUnavailableError(`Chromium was not found at ${executablePath}.`);
  }
  if (process.platform !== 'linux' || !isExecutable('/usr/bin/apt-get')) {
    throw new ChromiumUnavailableError(
      `Chromium is not installed at ${executablePath} and this machine has no apt-get to install it; ` +
        'install Chromium or Chrome and set CHROMIUM_PATH to its executable.'
    );
  }
  const prefix = rootPrefix();
  if (!prefix) {
    throw new ChromiumUnavailableError(
      `Chromium is not installed at ${executablePath} and installing it needs root; ` +
        'run `sudo apt-get install -y chromium` once, or set CHROMIUM_PATH.'
    );
  }
  log(`Chromium is missing at ${executablePath}; installing Debian's chromium package with apt-get ...`);
  if (!run([...prefix, 'apt-get', 'update']) || !run([...prefix, 'apt-get', 'install', '-y', 'chromium'])) {
    throw new ChromiumUnavailableError(
      'apt-get could not install chromium (see its output above); check the network and apt sources, ' +
        'or install Chromium yourself and set CHROMIUM_PATH.'
    );
  }
  if (!isExecutable(executablePath)) {
    throw new ChromiumUnavailableError(
      `apt-get installed chromium but ${executablePath} is still missing; set CHROMIUM_PATH to its executable.`
    );
  }
  log(`Chromium installed at ${executablePath}.`);
  return executablePath;
}

if (require.main === module) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
