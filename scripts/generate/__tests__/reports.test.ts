import { objects } from '../../schema';
import { dashboards, reports, reportTypes } from '../../schema/reports';
import { fieldExists, renderReports, validateReports } from '../reports';

describe('report types, reports and the dashboard', () => {
  it('name only fields, joins and reports that exist in the schema', () => {
    expect(validateReports()).toEqual([]);
  });

  it('answer the three questions: engagement by role x industry x topic, engagement vs revenue, top topics', () => {
    const byName = new Map(reports.map((r) => [r.name, r]));
    expect(
      byName.get('Entatio_Engagement_By_Role_Industry_Topic')?.groupingsDown?.map((g) => g.field)
    ).toEqual([
      'Engagement_Event__c$Contact__c.Title',
      'Engagement_Event__c$Account__c.Industry',
      'Engagement_Event__c$Section__c.Topic__c'
    ]);
    expect(byName.get('Entatio_Engagement_Before_Close_Vs_Amount')?.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining(['Opportunity$Amount', 'Opportunity$Entatio_Engagement_Before_Close__c'])
    );
    expect(byName.get('Entatio_Top_Topics_And_Sections')?.groupingsDown?.[0]?.field).toBe(
      'Engagement_Event__c$Section__c.Topic__c'
    );
    expect(dashboards[0]!.components.map((c) => c.report).sort()).toEqual([...byName.keys()].sort());
  });

  it('fail on a field, a join or a report the schema lacks (planted defects)', () => {
    const type = reportTypes[0]!;
    const broken = {
      ...type,
      sections: [{ ...type.sections[0]!, fields: ['No_Such_Field__c', 'Contact__c.Nope__c'] }]
    };
    const badJoin = {
      ...reportTypes[1]!,
      joins: [{ relationship: 'Nothing__r', object: 'Section__c', outerJoin: false }]
    };
    const badReport = { ...reports[0]!, columns: [{ field: 'Engagement_Event__c$Missing__c' }] };
    const badDashboard = {
      ...dashboards[0]!,
      components: [{ ...dashboards[0]!.components[0]!, report: 'Nope' }]
    };
    const problems = validateReports(
      objects,
      [broken, badJoin, ...reportTypes.slice(2)],
      [badReport],
      [badDashboard]
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        `${type.name}: Engagement_Event__c has no field No_Such_Field__c`,
        `${type.name}: Engagement_Event__c has no field Contact__c.Nope__c`,
        'Entatio_Courses_Sections_Activities: Course__c has no relationship Nothing__r to Section__c',
        `${badReport.name}: column Engagement_Event__c$Missing__c is not a field of report type ${badReport.reportType}`,
        `${badDashboard.name}: component ${badDashboard.components[0]!.title} names unknown report Nope`
      ])
    );
    expect(() => renderReports(objects, [broken], [], [])).toThrow(/names what the schema lacks/);
  });

  it('follows lookups, custom and standard', () => {
    expect(fieldExists(objects, 'Engagement_Event__c', 'Account__c.Entatio_Engagement_Score__c')).toBe(true);
    expect(fieldExists(objects, 'Opportunity', 'Account.Industry')).toBe(true);
    expect(fieldExists(objects, 'Opportunity', 'Account.Nope')).toBe(false);
    expect(fieldExists(objects, 'Activity__c', 'Section__c.Course__c.Name')).toBe(false);
  });

  it('writes report types, the folder, reports and the dashboard', () => {
    const files = new Map(renderReports());
    expect([...files.keys()].sort()).toEqual(
      [
        'force-app/main/insights/dashboards/Entatio_Insights.dashboardFolder-meta.xml',
        'force-app/main/insights/dashboards/Entatio_Insights/Entatio_Engagement_Insights.dashboard-meta.xml',
        ...reportTypes.map((t) => `force-app/main/insights/reportTypes/${t.name}.reportType-meta.xml`),
        'force-app/main/insights/reports/Entatio_Insights.reportFolder-meta.xml',
        ...reports.map((r) => `force-app/main/insights/reports/Entatio_Insights/${r.name}.report-meta.xml`)
      ].sort()
    );
    const courses = files.get(
      'force-app/main/insights/reportTypes/Entatio_Courses_Sections_Activities.reportType-meta.xml'
    )!;
    expect(courses).toContain('<table>Course__c.Sections__r.Activities__r</table>');
    expect(courses).toMatch(/<join>\s*<join>\s*<outerJoin>true<\/outerJoin>\s*<relationship>Activities__r/);
  });
});
