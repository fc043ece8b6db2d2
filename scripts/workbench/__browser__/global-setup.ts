/**
 * Jest global setup of the browser tests: makes sure Chromium is installed (installing Debian's package when
 * it is missing), then starts one workbench for all test files on a free port and hands its URL to the
 * workers as WORKBENCH_URL. With WORKBENCH_URL already set, the tests use that server instead.
 */
import { ensureChromium } from '../ensure-chromium';
import { startWorkbench, type Workbench } from '../serve';

export default async function globalSetup(): Promise<void> {
  process.env.CHROMIUM_EXECUTABLE = ensureChromium();
  if (process.env.WORKBENCH_URL) return;
  const workbench = await startWorkbench({ port: 0, log: () => undefined });
  process.env.WORKBENCH_URL = workbench.url;
  (globalThis as { __workbench__?: Workbench }).__workbench__ = workbench;
}
