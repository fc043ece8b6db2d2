import type { ApexContext } from '../apex-runtime';
import { getGroup, notSharedReason, tierAllows } from '../apex/AudienceController';
import { PARTNER_GROUP_ID, INTERNAL_GROUP_ID } from '../audience-samples';
import { WorkbenchData } from '../data';
import { fixtureDataset, ids } from './fixtures/dataset';

function context(): ApexContext {
  return {
    data: new WorkbenchData(fixtureDataset()),
    userId: ids.csm,
    now: new Date('2025-07-01T00:00:00.000Z')
  };
}

describe('AudienceController (workbench): courses whose tier no longer matches the group', () => {
  it('applies the tier rule of AudienceSharingService.tierAllows', () => {
    expect(tierAllows('Customer', 'Customer')).toBe(true);
    expect(tierAllows('Internal', 'Internal')).toBe(true);
    expect(tierAllows('Customer', 'Internal')).toBe(false);
    expect(tierAllows('Internal', 'Customer')).toBe(false);
    expect(tierAllows('Customer', null)).toBe(false);
    expect(tierAllows(null, null)).toBe(false);
  });

  it('lists a reclassified course as not shared, with the reason AudienceService gives', async () => {
    const detail = await getGroup({ groupId: PARTNER_GROUP_ID }, context());
    const reclassified = detail.courses.find((c) => c.name === 'Pricing Roadmap 2027');
    expect(reclassified).toMatchObject({ tier: 'Internal', shared: false });
    expect(reclassified?.notSharedReason).toBe(
      "Not shared: the course is Internal now, and a Customer group receives only Customer courses. Remove it from the group, or change the course's tier back."
    );
    expect(detail.courses.filter((c) => c !== reclassified).every((c) => c.shared === true)).toBe(true);
    expect(notSharedReason('Internal', null)).toBe(
      "Not shared: the course has no audience tier, and an Internal group receives only Internal courses. Remove it from the group, or change the course's tier back."
    );
  });

  it('shares every course of a group whose courses are of its tier', async () => {
    const detail = await getGroup({ groupId: INTERNAL_GROUP_ID }, context());
    expect(detail.courses.length).toBeGreaterThan(0);
    expect(detail.courses.every((c) => c.shared === true && !c.notSharedReason)).toBe(true);
  });
});
