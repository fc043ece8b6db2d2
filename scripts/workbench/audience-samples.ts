/**
 * Ids of the workbench's sample sharing groups. Sharing groups are not part of the sample dataset; the workbench
 * derives a few deterministically (scripts/workbench/apex/AudienceController.ts) and the Audiences page needs the id
 * of the group its sign-up form signs up to. Pure TypeScript (bundled into the shell and used by the server).
 */
import { caseSafeSuffix } from '../sample-data/ids';

/** A well-formed 18-character id, `prefix + "Wb000" + sequence`, distinct from the dataset's ("Ex000"). */
export function workbenchId(prefix: string, sequence: number): string {
  const id15 = prefix + 'Wb000' + String(sequence).padStart(7, '0');
  return id15 + caseSafeSuffix(id15);
}

export const SHARING_GROUP_PREFIX = 'a0S';
export const MEMBER_PREFIX = 'a0M';
export const CAMPAIGN_PREFIX = '701';

/** "Customer Success Team" (Internal). */
export const INTERNAL_GROUP_ID = workbenchId(SHARING_GROUP_PREFIX, 1);
/** "Customer Academy" (Customer, open sign-up for two customers' domains, with an Experience Cloud site). */
export const ACADEMY_GROUP_ID = workbenchId(SHARING_GROUP_PREFIX, 2);
/** "Partner Preview" (Customer, sign-ups wait for approval, no site). */
export const PARTNER_GROUP_ID = workbenchId(SHARING_GROUP_PREFIX, 3);
