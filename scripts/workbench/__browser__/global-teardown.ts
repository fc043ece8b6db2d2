import type { Workbench } from '../serve';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __workbench__?: Workbench }).__workbench__?.close();
}
