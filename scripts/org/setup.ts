/**
 * npm run org:setup [-- --alias entatio --days 7]
 * Creates a scratch org from config/project-scratch-def.json with the connected Dev Hub, builds and
 * deploys the package, and assigns the admin permission set to the running user.
 */
import { parseArgs } from 'node:util';
import { PERMISSION_SETS } from '../schema/types';
import { connect, runOrgScript } from './connection';
import { buildAndDeploy, sf } from './sf';

runOrgScript(async () => {
  const { values } = parseArgs({
    options: { alias: { type: 'string', default: 'entatio' }, days: { type: 'string', default: '7' } }
  });
  await connect('target-dev-hub');
  sf([
    'org',
    'create',
    'scratch',
    '--definition-file',
    'config/project-scratch-def.json',
    '--alias',
    values.alias!,
    '--set-default',
    '--duration-days',
    values.days!,
    '--wait',
    '20'
  ]);
  buildAndDeploy(values.alias!);
  sf(['org', 'assign', 'permset', '--target-org', values.alias!, '--name', PERMISSION_SETS[0]]);
  console.log(`Scratch org "${values.alias}" is ready: npx sf org open --target-org ${values.alias}`);
});
