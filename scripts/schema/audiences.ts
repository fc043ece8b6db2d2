/**
 * Area `audiences`: sharing groups (internal or customer audiences), their members and the courses shared
 * with them. Course access is granted by Apex managed sharing (Course__Share, row cause Sharing_Group__c).
 */
import { autoNumberName, customObject, field, fls, lookup, NO_FLS, picklist, textName } from './define';
import type { ObjectSpec } from './types';

const ADMIN_ALL = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'] as const;

export const sharingGroup: ObjectSpec = {
  name: 'Sharing_Group__c',
  area: 'audiences',
  kind: 'custom',
  definition: customObject(
    { search: true },
    {
      label: 'Sharing Group',
      pluralLabel: 'Sharing Groups',
      description:
        'An audience courses are shared with: internal (employees) or customer (Experience Cloud users and contacts). ' +
        'Members of a group get read access to its courses through Apex managed sharing.',
      nameField: textName('Group Name'),
      sharingModel: 'Private',
      externalSharingModel: 'Private'
    }
  ),
  fields: [
    field(
      'Tier__c',
      {
        label: 'Tier',
        type: 'Picklist',
        required: true,
        description: 'Internal groups receive only Internal courses, Customer groups only Customer courses.',
        inlineHelpText:
          'Internal: employees. Customer: customers and partners on your Experience Cloud site.',
        valueSet: picklist(['Internal', 'Customer'], 'Customer')
      },
      NO_FLS
    ),
    field(
      'Description__c',
      {
        label: 'Description',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 3,
        description: 'Who the group is for.',
        inlineHelpText: 'Who belongs to this audience.'
      },
      fls('edit', 'read')
    ),
    field(
      'Allowed_Email_Domains__c',
      {
        label: 'Allowed Email Domains',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 5,
        description:
          'Email domains (one per line) whose people may sign up to the group themselves. Blank: invitation only.',
        inlineHelpText:
          'One domain per line, e.g. example.com. People with these email domains may sign up. Leave blank for invitation only.'
      },
      fls('edit', 'read')
    ),
    field(
      'Requires_Approval__c',
      {
        label: 'Requires Approval',
        type: 'Checkbox',
        defaultValue: 'false',
        description:
          'When checked, people who sign up wait as Pending approval until an admin approves them.',
        inlineHelpText: 'Check to approve each sign-up before the person gets access.'
      },
      fls('edit', 'read')
    ),
    field(
      'Active__c',
      {
        label: 'Active',
        type: 'Checkbox',
        defaultValue: 'true',
        description: 'Inactive groups grant no access; their sharing is removed.',
        inlineHelpText: 'Uncheck to withdraw access to the shared courses from all members.'
      },
      fls('edit', 'read')
    ),
    field(
      'Network_Id__c',
      {
        label: 'Experience Cloud Site Id',
        type: 'Text',
        length: 18,
        description:
          'Id of the Experience Cloud site (Network) customer members sign up and view courses in.',
        inlineHelpText: 'The Experience Cloud site this audience uses.'
      },
      fls('edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: [...ADMIN_ALL],
    Entatio_User: ['read']
  },
  tab: { motif: 'Custom15: People' }
};

export const sharingGroupMember: ObjectSpec = {
  name: 'Sharing_Group_Member__c',
  area: 'audiences',
  kind: 'custom',
  definition: customObject(
    { search: false },
    {
      label: 'Sharing Group Member',
      pluralLabel: 'Sharing Group Members',
      description: 'A user or contact in a sharing group. Unique per group and person (Member Key).',
      nameField: autoNumberName('Member Number', 'SGM-{0000000}'),
      sharingModel: 'ControlledByParent',
      externalSharingModel: 'ControlledByParent'
    }
  ),
  fields: [
    field(
      'Sharing_Group__c',
      {
        label: 'Sharing Group',
        type: 'MasterDetail',
        referenceTo: 'Sharing_Group__c',
        relationshipName: 'Members',
        relationshipLabel: 'Members',
        relationshipOrder: 0,
        reparentableMasterDetail: false,
        writeRequiresMasterRead: false,
        description: 'The group the person belongs to.',
        inlineHelpText: 'The audience this person belongs to.'
      },
      NO_FLS
    ),
    field(
      'User__c',
      lookup({
        label: 'User',
        referenceTo: 'User',
        relationshipName: 'Entatio_Group_Memberships',
        relationshipLabel: 'Sharing Group Memberships',
        description: 'The member as a user (internal or Experience Cloud). Sharing is granted to this user.',
        inlineHelpText: 'The member, if they are a Salesforce or site user.'
      }),
      fls('edit', 'read')
    ),
    field(
      'Contact__c',
      lookup({
        label: 'Contact',
        referenceTo: 'Contact',
        relationshipName: 'Entatio_Group_Memberships',
        relationshipLabel: 'Sharing Group Memberships',
        description: 'The member as a contact (invited contacts before they have a site user).',
        inlineHelpText: 'The member, if they are a contact.'
      }),
      fls('edit', 'read')
    ),
    field(
      'Status__c',
      {
        label: 'Status',
        type: 'Picklist',
        description:
          'Active members have access; Pending approval members wait for an admin; Removed members lost access.',
        inlineHelpText: 'Active, Pending approval or Removed.',
        valueSet: picklist(
          [
            ['Active', 'Active'],
            ['Pending_Approval', 'Pending approval'],
            ['Removed', 'Removed']
          ],
          'Active'
        )
      },
      fls('edit', 'read')
    ),
    field(
      'Member_Key__c',
      {
        label: 'Member Key',
        type: 'Text',
        length: 80,
        unique: true,
        externalId: true,
        caseSensitive: false,
        description: 'Idempotency key "<groupId>:<userOrContactId>": a person is in a group at most once.',
        inlineHelpText: 'Unique key of group and person, set by the package.'
      },
      fls('edit', 'read')
    ),
    field(
      'Email__c',
      {
        label: 'Email',
        type: 'Email',
        description: 'Email address the member was invited with or signed up with.',
        inlineHelpText: 'Email address used for the invitation or sign-up.'
      },
      fls('edit', 'read')
    ),
    field(
      'Full_Name__c',
      {
        label: 'Full Name',
        type: 'Text',
        length: 121,
        description:
          'Name the person gave when signing up (members without a contact yet), or the invited contact or user name.',
        inlineHelpText: 'Name given at sign-up or invitation.'
      },
      fls('edit', 'read')
    ),
    field(
      'Invited_At__c',
      {
        label: 'Invited At',
        type: 'DateTime',
        description: 'When the member was invited (blank for self sign-up).',
        inlineHelpText: 'When the invitation was sent.'
      },
      fls('edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: [...ADMIN_ALL],
    Entatio_User: ['read']
  }
};

export const sharingGroupCourse: ObjectSpec = {
  name: 'Sharing_Group_Course__c',
  area: 'audiences',
  kind: 'custom',
  definition: customObject(
    { search: false },
    {
      label: 'Sharing Group Course',
      pluralLabel: 'Sharing Group Courses',
      description: 'A course shared with a sharing group. Unique per group and course (Access Key).',
      nameField: autoNumberName('Course Access Number', 'SGC-{0000000}'),
      sharingModel: 'ControlledByParent',
      externalSharingModel: 'ControlledByParent'
    }
  ),
  fields: [
    field(
      'Sharing_Group__c',
      {
        label: 'Sharing Group',
        type: 'MasterDetail',
        referenceTo: 'Sharing_Group__c',
        relationshipName: 'Courses',
        relationshipLabel: 'Courses',
        relationshipOrder: 0,
        reparentableMasterDetail: false,
        writeRequiresMasterRead: false,
        description: 'The group the course is shared with.',
        inlineHelpText: 'The audience the course is shared with.'
      },
      NO_FLS
    ),
    field(
      'Course__c',
      lookup({
        label: 'Course',
        referenceTo: 'Course__c',
        relationshipName: 'Sharing_Group_Courses',
        relationshipLabel: 'Sharing Groups',
        required: true,
        description:
          'The course shared. Required; deleting a course that is still shared is restricted, so unshare it first ' +
          '(the package removes the shares together with the course).',
        inlineHelpText: 'The course shared with the audience.'
      }),
      NO_FLS
    ),
    field(
      'Access_Key__c',
      {
        label: 'Access Key',
        type: 'Text',
        length: 40,
        unique: true,
        externalId: true,
        caseSensitive: false,
        description: 'Idempotency key "<groupId>:<courseId>": a course is shared with a group at most once.',
        inlineHelpText: 'Unique key of group and course, set by the package.'
      },
      fls('edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: [...ADMIN_ALL],
    Entatio_User: ['read']
  }
};

export const audiencesObjects: ObjectSpec[] = [sharingGroup, sharingGroupMember, sharingGroupCourse];
