/** The Entatio Lightning app: its navigation (tabs in order) and brand. */
import type { AppSpec } from './types';

export const app: AppSpec = {
  name: 'Entatio',
  label: 'Entatio',
  description:
    'Present courses, track engagement and manage customer health by exception: courses, live sessions, health ' +
    'alerts and the accounts, contacts and opportunities they inform.',
  tabs: [
    'standard-home',
    'Course__c',
    'Presentation_Session__c',
    'Entatio_Customer_Health',
    'Health_Alert__c',
    'Entatio_Insights',
    'standard-Account',
    'standard-Contact',
    'standard-Opportunity',
    'Entatio_Audiences',
    'Sharing_Group__c',
    'Health_Snapshot__c',
    'Activity__c',
    'Engagement_Event__c',
    'Entatio_Health_Rules',
    'standard-report',
    'standard-Dashboard'
  ],
  // Every tab the package declares is in the navigation; a user sees only the tabs their permission sets show.
  launcherOnly: {},
  brandColor: '#0B5CAB'
};
