/**
 * npm run package:version [-- --namespace entatio]
 * Builds a managed package version: copies the project to build/package-src, applies the managed
 * namespace there (never in the repo), builds the LWCs and runs `sf package version create`.
 * Needs a Dev Hub linked to the namespace's packaging org.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/paths';
import { connect, runOrgScript } from './connection';
import { applyNamespace, type SfdxProject } from './namespace';
import { npmRun, sf } from './sf';

runOrgScript(async () => {
  const { values } = parseArgs({
    options: { namespace: { type: 'string', default: process.env.ENTATIO_NAMESPACE ?? 'entatio' } }
  });
  const { org } = await connect('target-dev-hub');
  npmRun('build');
  const stage = path.join(repoRoot, 'build', 'package-src');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  for (const entry of ['force-app', 'config', '.forceignore']) {
    fs.cpSync(path.join(repoRoot, entry), path.join(stage, entry), { recursive: true });
  }
  const project = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'sfdx-project.json'), 'utf8')
  ) as SfdxProject;
  const namespaced = applyNamespace(project, values.namespace!);
  fs.writeFileSync(path.join(stage, 'sfdx-project.json'), JSON.stringify(namespaced, null, 2) + '\n');
  const packageName =
    namespaced.packageDirectories.find((d) => d.default)?.package ?? 'Entatio for Salesforce';
  sf(
    [
      'package',
      'version',
      'create',
      '--package',
      packageName,
      '--installation-key-bypass',
      '--code-coverage',
      '--target-dev-hub',
      org.getUsername()!,
      '--wait',
      '60'
    ],
    stage
  );
});
