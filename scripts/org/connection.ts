/**
 * Finding the org (or Dev Hub) the org scripts work against. Without one they stop with one clear
 * sentence — a contributor without a Salesforce org should never see a stack trace.
 */
import { AuthInfo, ConfigAggregator, Connection, Org } from '@salesforce/core';

export class OrgUnavailableError extends Error {}

export type OrgRole = 'target-org' | 'target-dev-hub';

const NEEDS: Record<OrgRole, string> = {
  'target-org':
    'No Salesforce org is connected: run `npm run org:setup` with a Dev Hub, or `npx sf org login web --set-default` for an existing org, then try again.',
  'target-dev-hub':
    'No Dev Hub is connected: run `npx sf org login web --set-default-dev-hub` with a Dev Hub-enabled org (or set SF_TARGET_DEV_HUB), then try again.'
};

/** The username or alias configured for `role`, or undefined. Env (`SF_TARGET_ORG`...) wins over config. */
export async function configuredOrg(role: OrgRole): Promise<string | undefined> {
  const fromEnv = role === 'target-org' ? process.env.SF_TARGET_ORG : process.env.SF_TARGET_DEV_HUB;
  if (fromEnv) return fromEnv;
  const aggregator = await ConfigAggregator.create();
  const value = aggregator.getPropertyValue<string>(role);
  return value || undefined;
}

/** An authenticated connection to the configured org, or an OrgUnavailableError with the sentence to show. */
export async function connect(role: OrgRole = 'target-org'): Promise<{ org: Org; connection: Connection }> {
  const aliasOrUsername = await configuredOrg(role);
  if (!aliasOrUsername) throw new OrgUnavailableError(NEEDS[role]);
  try {
    const org = await Org.create({ aliasOrUsername });
    await AuthInfo.create({ username: org.getUsername() });
    return { org, connection: org.getConnection() };
  } catch {
    throw new OrgUnavailableError(
      `The org "${aliasOrUsername}" is configured but not authorised on this machine: log in again with \`npx sf org login web --alias ${aliasOrUsername}\`.`
    );
  }
}

/** Runs an org script: OrgUnavailableError and command failures end in one sentence and exit code 2/1. */
export function runOrgScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof OrgUnavailableError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
