/**
 * Where users meet the package's components after install, without building anything in App Builder:
 * Lightning component tabs (in the Entatio app) and Lightning record pages. `scripts/generate` writes them
 * to `force-app/main/app/tabs` and `force-app/main/app/flexipages`; its tests check every component named
 * here exists, is exposed with the right target and object, and sets only properties it declares.
 */
import type { ComponentTabSpec, FlexiPageSpec, PageComponent, PageTab } from './types';

export const componentTabs: ComponentTabSpec[] = [
  {
    name: 'Entatio_Customer_Health',
    label: 'Customer Health',
    description:
      'Customer Health Monitor: accounts by health score, needing attention first, with their open alerts and why ' +
      'each account scores as it does.',
    component: 'healthMonitor',
    motif: 'Custom1: Heart',
    visibility: { Entatio_Admin: 'Visible', Entatio_User: 'Visible' }
  },
  {
    name: 'Entatio_Insights',
    label: 'Insights',
    description:
      'Insights across courses: journeys, drop-off, engagement by role group and topic, and engagement against revenue.',
    component: 'insightsPage',
    motif: 'Custom27: Laptop',
    visibility: { Entatio_Admin: 'Visible', Entatio_User: 'Visible' }
  },
  {
    name: 'Entatio_Audiences',
    label: 'Audiences',
    description:
      'Sharing groups with their members and courses: approve or remove members and invite people. Course access ' +
      'follows from the memberships.',
    component: 'audienceManager',
    motif: 'Custom15: People',
    // Managing audiences is the admin's job (AudienceController is granted to Entatio_Admin only); users read
    // the groups they belong to on the Sharing Groups tab.
    visibility: { Entatio_Admin: 'Visible' }
  },
  {
    name: 'Entatio_Health_Rules',
    label: 'Health Rules',
    description:
      'Health Rule Console for admins with the Manage Health Rules permission: every customer health rule with its ' +
      'validation status, and a dry run of which accounts a rule would flag now.',
    component: 'healthRuleConsole',
    motif: 'Custom67: Gears',
    visibility: { Entatio_Admin: 'Visible' },
    requiresCustomPermission: 'Entatio_Manage_Health_Rules'
  }
];

/** The compact highlights panel every record page opens with. */
const highlights: PageComponent = {
  component: 'force:highlightsPanel',
  properties: { collapsed: 'false', numVisibleActions: '3' }
};

const detailsTab = (id: string): PageTab => ({
  id,
  title: 'Standard.Tab.detail',
  components: [{ component: 'force:detailPanel' }]
});

const relatedTab = (id: string): PageTab => ({
  id,
  title: 'Standard.Tab.relatedLists',
  components: [
    { component: 'force:relatedListContainer', properties: { relatedListComponentOverride: 'NONE' } }
  ]
});

/** One related list in the sidebar (`Related List - Single`). */
function relatedList(objectName: string, relationshipName: string): PageComponent {
  return {
    component: 'force:relatedListSingleContainer',
    properties: {
      parentFieldApiName: `${objectName}.Id`,
      relatedListApiName: relationshipName,
      relatedListComponentOverride: 'NONE',
      rowsToDisplay: '5',
      showActionBar: 'true'
    }
  };
}

export const flexiPages: FlexiPageSpec[] = [
  {
    name: 'Course_Record_Page',
    label: 'Entatio Course Record Page',
    description:
      'Course record page: build the deck and view it (Slides), present it live or follow along (Present), see ' +
      "viewers' journeys (Journeys), the course's fields and related lists; live sessions in the sidebar.",
    type: 'RecordPage',
    sobjectType: 'Course__c',
    template: 'flexipage:recordHomeTemplateDesktop',
    regions: [
      { name: 'header', items: [highlights] },
      {
        name: 'main',
        items: [
          {
            id: 'courseTabs',
            tabs: [
              {
                id: 'slidesTab',
                title: 'Slides',
                active: true,
                components: [
                  { component: 'courseBuilder', properties: { includeHiddenSlides: 'false' } },
                  { component: 'slideViewer' }
                ]
              },
              {
                id: 'presentTab',
                title: 'Present',
                components: [{ component: 'presenter' }, { component: 'followAlong' }]
              },
              { id: 'journeysTab', title: 'Journeys', components: [{ component: 'courseJourney' }] },
              detailsTab('detailTab'),
              relatedTab('relatedTab')
            ]
          }
        ]
      },
      { name: 'sidebar', items: [relatedList('Course__c', 'Presentation_Sessions__r')] }
    ],
    activation: 'orgDefault'
  },
  {
    name: 'Account_Engagement_Record_Page',
    label: 'Entatio Account Record Page',
    description:
      'Account record page with an Engagement tab for customer success managers: how knowledge is landing with the ' +
      "customer and a presenter to present a course to the account's contacts; health alerts in the sidebar.",
    type: 'RecordPage',
    sobjectType: 'Account',
    template: 'flexipage:recordHomeTemplateDesktop',
    regions: [
      { name: 'header', items: [highlights] },
      {
        name: 'main',
        items: [
          {
            id: 'accountTabs',
            tabs: [
              {
                id: 'engagementTab',
                title: 'Engagement',
                active: true,
                components: [{ component: 'engagementPanel' }, { component: 'presenter' }]
              },
              detailsTab('detailTab'),
              relatedTab('relatedTab')
            ]
          }
        ]
      },
      { name: 'sidebar', items: [relatedList('Account', 'Entatio_Health_Alerts__r')] }
    ],
    activation: 'admin'
  },
  {
    name: 'Contact_Engagement_Record_Page',
    label: 'Entatio Contact Record Page',
    description:
      'Contact record page with an Engagement tab: the courses and slides this contact viewed, returned to and ' +
      'completed; the live sessions they attended in the sidebar.',
    type: 'RecordPage',
    sobjectType: 'Contact',
    template: 'flexipage:recordHomeTemplateDesktop',
    regions: [
      { name: 'header', items: [highlights] },
      {
        name: 'main',
        items: [
          {
            id: 'contactTabs',
            tabs: [
              {
                id: 'engagementTab',
                title: 'Engagement',
                active: true,
                components: [{ component: 'engagementPanel' }]
              },
              detailsTab('detailTab'),
              relatedTab('relatedTab')
            ]
          }
        ]
      },
      { name: 'sidebar', items: [relatedList('Contact', 'Entatio_Presentation_Attendances__r')] }
    ],
    activation: 'admin'
  }
];
