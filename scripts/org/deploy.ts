/**
 * npm run org:deploy — builds the LWCs from TypeScript and deploys force-app to the default org.
 */
import { connect, runOrgScript } from './connection';
import { buildAndDeploy } from './sf';

runOrgScript(async () => {
  const { org } = await connect('target-org');
  buildAndDeploy(org.getUsername()!);
});
