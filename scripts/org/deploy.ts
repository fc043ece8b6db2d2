/**
 * npm run org:deploy — builds the LWCs from TypeScript and deploys force-app to the default org.
 */
import { connect, runOrgScript } from './connection';
import { npmRun, sf } from './sf';

runOrgScript(async () => {
  const { org } = await connect('target-org');
  npmRun('build');
  sf([
    'project',
    'deploy',
    'start',
    '--source-dir',
    'force-app',
    '--target-org',
    org.getUsername()!,
    '--wait',
    '30'
  ]);
});
