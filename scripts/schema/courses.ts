/** Area `courses`: a presentation (Course) and its slides / pieces of media (Sections). */
import { customObject, field, fls, NO_FLS, picklist, textName } from './define';
import type { ObjectSpec } from './types';

export const course: ObjectSpec = {
  name: 'Course__c',
  area: 'courses',
  kind: 'custom',
  definition: customObject(
    { search: true, activities: true, history: true },
    {
      label: 'Course',
      pluralLabel: 'Courses',
      description:
        'A presentation turned into tracked knowledge transfer: an uploaded deck, document, video or set of links whose ' +
        'pieces of media are its Sections. Private sharing; access to audiences is granted by Apex managed sharing ' +
        '(row cause Sharing Group).',
      nameField: textName('Course Name'),
      sharingModel: 'Private',
      externalSharingModel: 'Private',
      sharingReasons: [{ fullName: 'Sharing_Group__c', label: 'Sharing Group' }],
      // Setup > Course > Apex Sharing Recalculation: rebuilds the Sharing Group shares (area audiences).
      sharingRecalculations: [{ className: 'AudienceSharingRecalculation' }]
    }
  ),
  fields: [
    field(
      'Status__c',
      {
        label: 'Status',
        type: 'Picklist',
        description:
          'Lifecycle of the course. Only Published courses are shown to viewers; Archived courses are kept for reporting.',
        inlineHelpText:
          'Draft while you build the course, Published when viewers may open it, Archived when it is retired.',
        valueSet: picklist(['Draft', 'Published', 'Archived'], 'Draft'),
        trackHistory: true
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Description__c',
      {
        label: 'Description',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 5,
        description: 'What the course is about, shown to viewers in the course list and the viewer header.',
        inlineHelpText: 'A short summary viewers see before they open the course.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Audience_Tier__c',
      {
        label: 'Audience Tier',
        type: 'Picklist',
        description:
          'Internal courses are shared only with internal sharing groups, Customer courses only with customer (Experience ' +
          "Cloud) sharing groups; the two audiences never see each other's courses.",
        inlineHelpText:
          'Internal: for employees only. Customer: may be shared with customer and partner audiences.',
        valueSet: picklist(['Internal', 'Customer'], 'Internal'),
        trackHistory: true
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Source_File_Name__c',
      {
        label: 'Source File Name',
        type: 'Text',
        length: 255,
        description: 'Name of the uploaded file the course was built from (deck, PDF, video ...).',
        inlineHelpText: 'The file this course was created from.'
      },
      fls('edit', 'edit')
    ),
    field(
      'Source_Content_Document_Id__c',
      {
        label: 'Source Content Document Id',
        type: 'Text',
        length: 18,
        description: 'Id of the ContentDocument holding the uploaded source file.',
        inlineHelpText: 'Salesforce Files record of the uploaded source file.'
      },
      fls('edit', 'edit')
    ),
    field(
      'Published_At__c',
      {
        label: 'Published At',
        type: 'DateTime',
        description:
          'When the course was last published. Set by the package when Status changes to Published.',
        inlineHelpText: 'When the course was last published.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Slide_Count__c',
      {
        label: 'Slide Count',
        type: 'Summary',
        summaryForeignKey: 'Section__c.Course__c',
        summaryOperation: 'count',
        description: 'Number of sections (slides and other pieces of media) in the course. Roll-up summary.',
        inlineHelpText: 'How many slides the course has.'
      },
      fls('read', 'read', 'read')
    ),
    field(
      'Topic__c',
      {
        label: 'Topic',
        type: 'Text',
        length: 80,
        description: 'Main topic of the course, used to compare engagement by topic across segments.',
        inlineHelpText: 'The subject area of the course, e.g. Onboarding or Pricing.'
      },
      fls('edit', 'edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    Entatio_User: ['read', 'create', 'edit'],
    Entatio_Viewer: ['read']
  },
  tab: { motif: 'Custom84: Presenter' }
};

export const section: ObjectSpec = {
  name: 'Section__c',
  area: 'courses',
  kind: 'custom',
  definition: customObject(
    { search: true },
    {
      label: 'Section',
      pluralLabel: 'Sections',
      description:
        'One slide or piece of media of a course: a page of a deck or PDF, an image, a video, embedded HTML or a link. ' +
        'Master-detail to Course: whoever can see the course can see its sections.',
      nameField: textName('Section Title'),
      sharingModel: 'ControlledByParent',
      externalSharingModel: 'ControlledByParent'
    }
  ),
  fields: [
    field(
      'Course__c',
      {
        label: 'Course',
        type: 'MasterDetail',
        referenceTo: 'Course__c',
        relationshipName: 'Sections',
        relationshipLabel: 'Sections',
        relationshipOrder: 0,
        reparentableMasterDetail: false,
        writeRequiresMasterRead: false,
        description: 'The course this section belongs to.',
        inlineHelpText: 'The course this slide belongs to.'
      },
      NO_FLS
    ),
    field(
      'Order__c',
      {
        label: 'Order',
        type: 'Number',
        precision: 6,
        scale: 0,
        required: true,
        description:
          'Position of the section in the course, starting at 1. Sections are presented in ascending order.',
        inlineHelpText: 'Position of the slide in the course (1 is first).'
      },
      NO_FLS
    ),
    field(
      'Title__c',
      {
        label: 'Title',
        type: 'Text',
        length: 255,
        description: 'Full title of the section (the record name is limited to 80 characters).',
        inlineHelpText: 'The slide title shown to viewers.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Description__c',
      {
        label: 'Description',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 5,
        description:
          'Text shown with the section, e.g. the text extracted from the slide, for accessibility and search.',
        inlineHelpText: 'Text shown with the slide.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Topic__c',
      {
        label: 'Topic',
        type: 'Text',
        length: 80,
        description: 'Topic of this section, used for segment-by-topic engagement insights.',
        inlineHelpText: 'The subject of this slide, e.g. Pricing or Security.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Media_Type__c',
      {
        label: 'Media Type',
        type: 'Picklist',
        required: true,
        description: 'Kind of media the section shows; decides how the viewer renders it.',
        inlineHelpText:
          'What the slide shows: a page of a deck or PDF, an image, a video, embedded HTML or a link.',
        valueSet: picklist(
          [
            ['Slide_Page', 'Slide page'],
            ['Image', 'Image'],
            ['Video', 'Video'],
            ['HTML', 'HTML'],
            ['Link', 'Link']
          ],
          'Slide_Page'
        )
      },
      NO_FLS
    ),
    field(
      'Content_Document_Id__c',
      {
        label: 'Content Document Id',
        type: 'Text',
        length: 18,
        description: 'Id of the ContentDocument holding the media of this section.',
        inlineHelpText: "Salesforce Files record holding this slide's media."
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Content_Version_Id__c',
      {
        label: 'Content Version Id',
        type: 'Text',
        length: 18,
        description: 'Id of the ContentVersion (file version) the section renders.',
        inlineHelpText: 'The file version this slide shows.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Page_Number__c',
      {
        label: 'Page Number',
        type: 'Number',
        precision: 5,
        scale: 0,
        description: 'Page of the source file (deck or PDF) this section shows, starting at 1.',
        inlineHelpText: 'Page of the source file this slide shows.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Link_Url__c',
      {
        label: 'Link URL',
        type: 'Url',
        description:
          'Address of a Link or embedded HTML section. Shown only in a sandboxed frame or opened in a new tab.',
        inlineHelpText: 'The web address this slide links to or embeds.'
      },
      fls('edit', 'edit', 'read')
    ),
    field(
      'Speaker_Notes__c',
      {
        label: 'Speaker Notes',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 5,
        description: 'Notes for the presenter. Never shown to viewers (external viewers get no access).',
        inlineHelpText: 'Notes only presenters see.'
      },
      fls('edit', 'edit')
    ),
    field(
      'Rendition_Status__c',
      {
        label: 'Rendition Status',
        type: 'Picklist',
        description:
          'Whether the preview image of the section is ready. Unavailable sections fall back to a download link.',
        inlineHelpText:
          'Pending while Salesforce prepares the preview, Ready when it can be shown, Unavailable if it cannot.',
        valueSet: picklist(['Pending', 'Ready', 'Unavailable'], 'Pending')
      },
      fls('edit', 'edit', 'read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    Entatio_User: ['read', 'create', 'edit', 'delete'],
    Entatio_Viewer: ['read']
  }
};

export const coursesObjects: ObjectSpec[] = [course, section];
