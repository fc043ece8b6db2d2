/**
 * The package's permission sets. Object and field access is declared on the objects (`ObjectSpec.access`,
 * `FieldSpec.access`); this module declares the sets themselves, app visibility and Apex class access.
 */
import type { PermissionSetName, PermissionSetSpec } from './types';

export const permissionSets: PermissionSetSpec[] = [
  {
    name: 'Entatio_Admin',
    label: 'Entatio Admin',
    description:
      'Admins and the product team: full access to courses, sections, engagement, sessions, audiences and health ' +
      'data (including View All and Modify All), health alert rules and the Entatio app.',
    external: false,
    appVisible: true,
    apexClasses: [
      'AudienceController',
      'CourseBuilderController',
      'EngagementPanelController',
      'FollowAlongController',
      'HealthMonitorController',
      'HealthRuleConsoleController',
      'InsightsController',
      'PresenterController',
      'ViewerController'
    ],
    customPermissions: ['Entatio_Manage_Health_Rules']
  },
  {
    name: 'Entatio_User',
    label: 'Entatio User',
    description:
      'Internal reps and customer success managers: read courses shared with them, create and edit their own courses ' +
      'and sessions, record engagement, read engagement and account health, work health alerts.',
    external: false,
    appVisible: true,
    apexClasses: [
      'CourseBuilderController',
      'EngagementPanelController',
      'FollowAlongController',
      'HealthMonitorController',
      'InsightsController',
      'PresenterController',
      'ViewerController'
    ]
  },
  {
    name: 'Entatio_Viewer',
    label: 'Entatio Viewer',
    description:
      'Experience Cloud customers and partners: read courses and sections shared with them, their own course ' +
      'activity and the live sessions they follow, and record their engagement. No access to health or insights. ' +
      'Carries no user license, so it can be assigned to external users.',
    external: true,
    appVisible: false,
    apexClasses: ['AudienceSignUpController', 'FollowAlongController', 'ViewerController']
  }
];

export function permissionSet(name: PermissionSetName): PermissionSetSpec {
  const found = permissionSets.find((p) => p.name === name);
  if (!found) throw new Error(`Unknown permission set ${name}`);
  return found;
}
