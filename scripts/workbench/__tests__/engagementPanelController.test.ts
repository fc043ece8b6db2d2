import { AuraHandledException, type ApexContext } from '../apex-runtime';
import {
  engagementScore,
  getPanel,
  NOT_FOUND_MESSAGE,
  WRONG_RECORD_MESSAGE
} from '../apex/EngagementPanelController';
import { WorkbenchData } from '../data';
import { fixtureDataset, ids } from './fixtures/dataset';
import type { DatasetEvent } from '../../sample-data/types';

const NOW = new Date('2025-07-01T00:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function context(events: Partial<DatasetEvent>[] = []): ApexContext {
  const dataset = fixtureDataset();
  dataset.events = events.map((e, i) => ({
    Id: `a04Ex0000000${String(i).padStart(3, '0')}AAA`,
    Event_Key__c: `k${i}`,
    Type__c: 'View',
    Occurred_At__c: new Date(NOW.getTime() - DAY).toISOString(),
    Section__c: ids.section1,
    Course__c: ids.course,
    Channel__c: 'On_Demand',
    Contact__c: ids.ada,
    Account__c: ids.acme,
    ...e
  }));
  dataset.opportunities = [
    {
      Id: '006Ex0000000001AAA',
      Name: 'Renewal',
      AccountId: ids.acme,
      OwnerId: ids.csm,
      Type: 'Existing Customer - Upgrade',
      StageName: 'Closed Won',
      Amount: 5000,
      CloseDate: '2025-06-15',
      CreatedDate: '2025-01-01T00:00:00.000Z'
    }
  ];
  return { data: new WorkbenchData(dataset), userId: ids.csm, now: NOW };
}

describe('EngagementPanelController (workbench)', () => {
  it('uses the roll-up formula of EngagementRollupService', () => {
    expect(engagementScore(0, 0, 0)).toBe(0);
    expect(engagementScore(30, 10, 0)).toBe(63.21);
    expect(engagementScore(0, 0, 8)).toBe(63.21);
    expect(engagementScore(30, 10, 0, 4)).toBe(39.35);
  });

  it('counts an account’s views, contacts, courses, cells and months', async () => {
    const panel = await getPanel(
      { recordId: ids.acme },
      context([{}, {}, { Section__c: ids.section2 }, { Type__c: 'Complete' }])
    );
    expect(panel.scope).toBe('Account');
    expect(panel.summary).toMatchObject({ views: 3, engagedContacts: 1, coursesEngaged: 1 });
    expect(panel.contacts).toEqual([expect.objectContaining({ id: ids.ada, views: 3, sections: 2 })]);
    expect(panel.heatMap).toEqual([{ contactId: ids.ada, courseId: ids.course, views: 3 }]);
    expect(panel.overTime).toHaveLength(12);
    expect(panel.overTime.at(-1)).toEqual({ month: '2025-07', views: 0, wonAmount: 0 });
    expect(panel.overTime.at(-2)).toEqual({ month: '2025-06', views: 3, wonAmount: 5000 });
  });

  it('is empty for an account without engagement', async () => {
    const panel = await getPanel({ recordId: ids.globex }, context());
    expect(panel.summary.views).toBe(0);
    expect(panel.overTime).toEqual([]);
  });

  it('refuses other records with the Apex messages', () => {
    expect(() => getPanel({ recordId: ids.course }, context())).toThrow(
      new AuraHandledException(WRONG_RECORD_MESSAGE)
    );
    expect(() => getPanel({ recordId: '001Ex0000000999AAA' }, context())).toThrow(
      new AuraHandledException(NOT_FOUND_MESSAGE)
    );
  });
});
