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
    'Health_Alert__c',
    'standard-Account',
    'standard-Contact',
    'standard-Opportunity',
    'Health_Snapshot__c',
    'Activity__c',
    'Engagement_Event__c',
    'Sharing_Group__c',
    'standard-report',
    'standard-Dashboard'
  ],
  brandColor: '#0B5CAB'
};
