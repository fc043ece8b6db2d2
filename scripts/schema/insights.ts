/**
 * Area `insights`: Einstein-ready engagement features on standard objects. Written by the package in
 * system context (admins and users read them; external viewers get none).
 */
import { field, fls } from './define';
import type { ObjectSpec } from './types';

const READ = fls('read', 'read');

export const accountInsightFields: ObjectSpec = {
  name: 'Account',
  area: 'insights',
  kind: 'standard',
  fields: [
    field(
      'Entatio_Engagement_Score__c',
      {
        label: 'Engagement Score',
        type: 'Number',
        precision: 6,
        scale: 2,
        description:
          'Entatio engagement score of the account, 0-100: 100 x (1 - e^(-P / (40 x sqrt(N)))), where P = views in the ' +
          'last 90 days + views in the last 30 days + 5 x courses completed by its contacts, and N = contacts engaged ' +
          'in the last 90 days (at least 1). Kept current by EngagementRollupService.',
        inlineHelpText: 'How strongly people at this account engage with your courses.'
      },
      READ
    ),
    field(
      'Entatio_Last_Engaged_At__c',
      {
        label: 'Last Engaged At',
        type: 'DateTime',
        description: 'Most recent engagement event of anyone at the account.',
        inlineHelpText: 'When someone at this account last engaged with a course.'
      },
      READ
    ),
    field(
      'Entatio_Engaged_Contacts_90d__c',
      {
        label: 'Engaged Contacts (90 Days)',
        type: 'Number',
        precision: 6,
        scale: 0,
        description: 'Number of distinct contacts of the account with engagement in the last 90 days.',
        inlineHelpText: 'How many people at this account engaged in the last 90 days.'
      },
      READ
    ),
    field(
      'Entatio_Courses_Completed__c',
      {
        label: 'Courses Completed',
        type: 'Number',
        precision: 6,
        scale: 0,
        description: 'Number of course completions by people at the account.',
        inlineHelpText: 'How many courses people at this account completed.'
      },
      READ
    )
  ],
  access: {}
};

export const contactInsightFields: ObjectSpec = {
  name: 'Contact',
  area: 'insights',
  kind: 'standard',
  fields: [
    field(
      'Entatio_Engagement_Score__c',
      {
        label: 'Engagement Score',
        type: 'Number',
        precision: 6,
        scale: 2,
        description:
          'Entatio engagement score of the contact, 0-100: 100 x (1 - e^(-P / 40)), where P = views in the last 90 ' +
          'days + views in the last 30 days + 5 x courses completed. Kept current by EngagementRollupService.',
        inlineHelpText: 'How strongly this person engages with your courses.'
      },
      READ
    ),
    field(
      'Entatio_Last_Engaged_At__c',
      {
        label: 'Last Engaged At',
        type: 'DateTime',
        description: 'Most recent engagement event of the contact.',
        inlineHelpText: 'When this person last engaged with a course.'
      },
      READ
    )
  ],
  access: {}
};

export const opportunityInsightFields: ObjectSpec = {
  name: 'Opportunity',
  area: 'insights',
  kind: 'standard',
  fields: [
    field(
      'Entatio_Engagement_Before_Close__c',
      {
        label: 'Engagement Before Close',
        type: 'Number',
        precision: 9,
        scale: 0,
        description:
          "Engagement events by the account's contacts in the 90 days before the opportunity's close date; relates " +
          'engagement to revenue.',
        inlineHelpText:
          'How many times people at the account engaged with courses in the 90 days before close.'
      },
      READ
    )
  ],
  access: {}
};

export const insightsObjects: ObjectSpec[] = [
  accountInsightFields,
  contactInsightFields,
  opportunityInsightFields
];
