/**
 * Area `engagement`: one Activity per viewer × section, the append-only Engagement Event log, and the
 * high-volume platform event that carries viewer events into the org.
 */
import { autoNumberName, customObject, field, fls, lookup, NO_FLS, picklist } from './define';
import type { ObjectSpec } from './types';

export const activity: ObjectSpec = {
  name: 'Activity__c',
  area: 'engagement',
  kind: 'custom',
  definition: customObject(
    { search: false },
    {
      label: 'Course Activity',
      pluralLabel: 'Course Activities',
      description:
        'One viewer \u00d7 one section: whether and how often the viewer has seen the section. State moves Not Viewed \u2192 ' +
        'Viewed \u2192 Not Viewed Again \u2192 Viewed Again. Maintained in bulk by the engagement event subscriber; unique per ' +
        'section and viewer (Activity Key).',
      nameField: autoNumberName('Activity Number', 'ACT-{00000000}'),
      sharingModel: 'Private',
      externalSharingModel: 'Private'
    }
  ),
  fields: [
    field(
      'Activity_Key__c',
      {
        label: 'Activity Key',
        type: 'Text',
        length: 80,
        unique: true,
        externalId: true,
        caseSensitive: false,
        description:
          'Idempotency key "<sectionId>:<viewerId>" (viewer = User Id or Contact Id). Upserts use it so that every ' +
          'viewer has exactly one activity per section.',
        inlineHelpText: 'Unique key of this viewer and slide, set by the package.'
      },
      fls('read', 'read', 'read')
    ),
    field(
      'Section__c',
      lookup({
        label: 'Section',
        referenceTo: 'Section__c',
        relationshipName: 'Activities',
        relationshipLabel: 'Course Activities',
        description: 'The section (slide) this activity is about.',
        inlineHelpText: 'The slide this activity is about.'
      }),
      fls('edit', 'read', 'read')
    ),
    field(
      'Course__c',
      lookup({
        label: 'Course',
        referenceTo: 'Course__c',
        relationshipName: 'Activities',
        relationshipLabel: 'Course Activities',
        description: 'The course of the section, denormalised for reporting and per-course queries.',
        inlineHelpText: 'The course the slide belongs to.'
      }),
      fls('edit', 'read', 'read')
    ),
    field(
      'User__c',
      lookup({
        label: 'User',
        referenceTo: 'User',
        relationshipName: 'Entatio_Activities',
        relationshipLabel: 'Course Activities',
        description: 'The viewer when the viewer is a user (internal or Experience Cloud).',
        inlineHelpText: 'The user who viewed the slide.'
      }),
      fls('edit', 'read', 'read')
    ),
    field(
      'Contact__c',
      lookup({
        label: 'Contact',
        referenceTo: 'Contact',
        relationshipName: 'Entatio_Activities',
        relationshipLabel: 'Course Activities',
        description:
          'The viewer as a contact (the contact of an Experience Cloud user, or an invited contact).',
        inlineHelpText: 'The contact who viewed the slide.'
      }),
      fls('edit', 'read', 'read')
    ),
    field(
      'Account__c',
      lookup({
        label: 'Account',
        referenceTo: 'Account',
        relationshipName: 'Entatio_Activities',
        relationshipLabel: 'Course Activities',
        description: 'The account of the viewer, for account-level engagement and health.',
        inlineHelpText: "The viewer's account."
      }),
      fls('edit', 'read')
    ),
    field(
      'State__c',
      {
        label: 'State',
        type: 'Picklist',
        description:
          'Viewing state. A view in the first visit makes it Viewed; when the visit ends viewed sections await a return ' +
          '(Not Viewed Again); a view in a later visit makes it Viewed Again.',
        inlineHelpText: 'Whether the viewer has seen this slide, and seen it again on a later visit.',
        valueSet: picklist(
          [
            ['Not_Viewed', 'Not Viewed'],
            ['Viewed', 'Viewed'],
            ['Not_Viewed_Again', 'Not Viewed Again'],
            ['Viewed_Again', 'Viewed Again']
          ],
          'Not_Viewed'
        )
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'View_Count__c',
      {
        label: 'View Count',
        type: 'Number',
        precision: 9,
        scale: 0,
        defaultValue: '0',
        description: 'Number of times the viewer opened the section.',
        inlineHelpText: 'How many times the slide was viewed.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Visit_Count__c',
      {
        label: 'Visit Count',
        type: 'Number',
        precision: 9,
        scale: 0,
        defaultValue: '0',
        description:
          'Number of visits in which the viewer saw the section (a visit ends after 30 minutes without views).',
        inlineHelpText: 'On how many separate visits the slide was viewed.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'First_Viewed_At__c',
      {
        label: 'First Viewed At',
        type: 'DateTime',
        description: 'When the viewer first viewed the section.',
        inlineHelpText: 'When the slide was first viewed.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Last_Viewed_At__c',
      {
        label: 'Last Viewed At',
        type: 'DateTime',
        description: 'When the viewer last viewed the section.',
        inlineHelpText: 'When the slide was last viewed.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Total_Dwell_Seconds__c',
      {
        label: 'Total Dwell Seconds',
        type: 'Number',
        precision: 12,
        scale: 0,
        defaultValue: '0',
        description: 'Total seconds the viewer spent on the section over all views.',
        inlineHelpText: 'Total time spent on the slide, in seconds.'
      },
      fls('edit', 'read', 'read')
    ),
    field(
      'Last_Visit_Started_At__c',
      {
        label: 'Last Visit Started At',
        type: 'DateTime',
        description:
          'Start of the current or last visit; decides whether a new view starts a new visit (30-minute gap rule).',
        inlineHelpText: 'When the most recent visit began.'
      },
      fls('edit', 'read', 'read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    Entatio_User: ['read'],
    Entatio_Viewer: ['read']
  },
  tab: { motif: 'Custom95: Stopwatch' }
};

export const engagementEvent: ObjectSpec = {
  name: 'Engagement_Event__c',
  area: 'engagement',
  kind: 'custom',
  definition: customObject(
    { search: false },
    {
      label: 'Engagement Event',
      pluralLabel: 'Engagement Events',
      description:
        'Append-only log of engagement: every view, presentation, return, completion, download, comment, invite and ' +
        'sign-up. Each event carries a client-generated Event Key so that retries never duplicate it.',
      nameField: autoNumberName('Event Number', 'EV-{0000000000}'),
      sharingModel: 'Private',
      externalSharingModel: 'Private'
    }
  ),
  fields: [
    field(
      'Event_Key__c',
      {
        label: 'Event Key',
        type: 'Text',
        length: 64,
        unique: true,
        externalId: true,
        caseSensitive: false,
        description:
          'Client-generated idempotency key of the event (e.g. a UUID). Events are upserted on it.',
        inlineHelpText: 'Unique key the viewer generated for this event, so that it is recorded only once.'
      },
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Type__c',
      {
        label: 'Type',
        type: 'Picklist',
        description: 'What happened.',
        inlineHelpText: 'What the viewer or presenter did.',
        valueSet: picklist(
          [
            ['View', 'View'],
            ['Present', 'Present'],
            ['Return', 'Return'],
            ['Complete', 'Complete'],
            ['Watched', 'Watched'],
            ['Download', 'Download'],
            ['Comment', 'Comment'],
            ['Invite', 'Invite'],
            ['Sign_Up', 'Sign up']
          ],
          'View'
        )
      },
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Occurred_At__c',
      {
        label: 'Occurred At',
        type: 'DateTime',
        description: 'When the event happened on the client (not when it reached the org).',
        inlineHelpText: 'When it happened.'
      },
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Dwell_Seconds__c',
      {
        label: 'Dwell Seconds',
        type: 'Number',
        precision: 9,
        scale: 0,
        description: 'Seconds the viewer spent on the section in this view.',
        inlineHelpText: 'Time spent on the slide, in seconds.'
      },
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Section__c',
      lookup({
        label: 'Section',
        referenceTo: 'Section__c',
        relationshipName: 'Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The section the event is about.',
        inlineHelpText: 'The slide the event is about.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Previous_Section__c',
      lookup({
        label: 'Previous Section',
        referenceTo: 'Section__c',
        relationshipName: 'Next_Engagement_Events',
        relationshipLabel: 'Next Engagement Events',
        description:
          'The section viewed just before this one in the same visit; the edges of journeys through a deck.',
        inlineHelpText: 'The slide viewed just before this one.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Course__c',
      lookup({
        label: 'Course',
        referenceTo: 'Course__c',
        relationshipName: 'Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The course the event is about.',
        inlineHelpText: 'The course the event is about.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Session__c',
      lookup({
        label: 'Presentation Session',
        referenceTo: 'Presentation_Session__c',
        relationshipName: 'Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The live presentation session the event happened in, if any.',
        inlineHelpText: 'The live presentation this happened in, if any.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Channel__c',
      {
        label: 'Channel',
        type: 'Picklist',
        description:
          'How the course was consumed: presented live, opened on demand in Salesforce, or in an Experience Cloud site.',
        inlineHelpText: 'Live presentation, on demand in Salesforce, or on the customer portal.',
        valueSet: picklist(
          [
            ['Live', 'Live'],
            ['On_Demand', 'On demand'],
            ['Portal', 'Portal']
          ],
          'On_Demand'
        )
      },
      fls('edit', 'edit', 'edit')
    ),
    field(
      'User__c',
      lookup({
        label: 'User',
        referenceTo: 'User',
        relationshipName: 'Entatio_Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The user who caused the event.',
        inlineHelpText: 'The user who viewed or presented.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Contact__c',
      lookup({
        label: 'Contact',
        referenceTo: 'Contact',
        relationshipName: 'Entatio_Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The contact who caused the event (Experience Cloud user or invited contact).',
        inlineHelpText: 'The contact who viewed.'
      }),
      fls('edit', 'edit', 'edit')
    ),
    field(
      'Account__c',
      lookup({
        label: 'Account',
        referenceTo: 'Account',
        relationshipName: 'Entatio_Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The account of the viewer, for account-level engagement, health and revenue insights.',
        inlineHelpText: "The viewer's account."
      }),
      fls('edit', 'edit')
    ),
    field(
      'Activity__c',
      lookup({
        label: 'Course Activity',
        referenceTo: 'Activity__c',
        relationshipName: 'Engagement_Events',
        relationshipLabel: 'Engagement Events',
        description: 'The viewer \u00d7 section activity this event updated. Set by the event subscriber.',
        inlineHelpText: 'The activity record this event counted towards.'
      }),
      fls('edit', 'read')
    ),
    field(
      'Processing_Error__c',
      {
        label: 'Processing Error',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 3,
        description:
          'Why the subscriber could not apply the event to its activity (blank when it was applied).',
        inlineHelpText: 'Why this event could not be processed, if it could not.'
      },
      fls('read')
    ),
    field(
      'Processing_Status__c',
      {
        label: 'Processing Status',
        type: 'Picklist',
        description:
          'What the event subscriber did with the event. Processed: recorded and applied to its activity. Failed: it ' +
          'could not be applied after the retries (a lock or another passing error); Source Event holds the event, and ' +
          'publishing it again with the same key processes it again. Rejected: the event was invalid (unknown section, ' +
          'another user named as the viewer ...) and is kept only for inspection; see Processing Error.',
        inlineHelpText: 'Processed, Failed (could not be applied; can be sent again) or Rejected (invalid).',
        valueSet: picklist(['Processed', 'Failed', 'Rejected'], 'Processed')
      },
      fls('read', 'read')
    ),
    field(
      'Source_Event__c',
      {
        label: 'Source Event',
        type: 'LongTextArea',
        length: 32768,
        visibleLines: 3,
        description:
          'The Engagement platform event as the subscriber received it (JSON), kept for events that were Failed or ' +
          'Rejected so that nothing is lost: what the viewer sent can be inspected and published again.',
        inlineHelpText: 'The event as received, for events that could not be processed.'
      },
      fls('read')
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'],
    // Events are written only by the Engagement__e subscriber (system work, after it has checked who published
    // them): a user who could create log records directly could forge one and block the real event's key.
    // Sharing limits users and viewers to the events they own.
    Entatio_User: ['read'],
    Entatio_Viewer: ['read']
  },
  tab: { motif: 'Custom9: Lightning' }
};

/** Platform event fields are plain values (Ids as text): event fields cannot be lookups and take no FLS. */
function eventText(name: string, label: string, length: number, description: string) {
  return field(name, { label, type: 'Text', length, description }, NO_FLS);
}

export const engagementPlatformEvent: ObjectSpec = {
  name: 'Engagement__e',
  area: 'engagement',
  kind: 'platformEvent',
  definition: {
    label: 'Engagement',
    pluralLabel: 'Engagements',
    description:
      'Carries viewer events into the org at high volume. Published after commit; the subscriber trigger upserts ' +
      'Engagement Events on Event Key and updates Course Activities in bulk.',
    deploymentStatus: 'Deployed',
    eventType: 'HighVolume',
    publishBehavior: 'PublishAfterCommit'
  },
  fields: [
    eventText(
      'Event_Key__c',
      'Event Key',
      64,
      'Client-generated idempotency key; becomes Engagement_Event__c.Event_Key__c.'
    ),
    eventText(
      'Type__c',
      'Type',
      40,
      'Event type API name (View, Present, Return, Complete, Watched, Download, Comment, Invite, Sign_Up).'
    ),
    field(
      'Occurred_At__c',
      { label: 'Occurred At', type: 'DateTime', description: 'When the event happened on the client.' },
      NO_FLS
    ),
    field(
      'Dwell_Seconds__c',
      {
        label: 'Dwell Seconds',
        type: 'Number',
        precision: 9,
        scale: 0,
        description: 'Seconds the viewer spent on the section in this view.'
      },
      NO_FLS
    ),
    eventText('Section_Id__c', 'Section Id', 18, 'Id of the Section__c the event is about.'),
    eventText(
      'Previous_Section_Id__c',
      'Previous Section Id',
      18,
      'Id of the Section__c viewed just before, for journeys.'
    ),
    eventText('Course_Id__c', 'Course Id', 18, 'Id of the Course__c the event is about.'),
    eventText(
      'Session_Id__c',
      'Session Id',
      18,
      'Id of the Presentation_Session__c, for events of a live presentation.'
    ),
    eventText('Channel__c', 'Channel', 40, 'Channel API name (Live, On_Demand, Portal).'),
    eventText('User_Id__c', 'User Id', 18, 'Id of the user who caused the event.'),
    eventText(
      'Contact_Id__c',
      'Contact Id',
      18,
      'Id of the contact who caused the event, for Experience Cloud users.'
    )
  ],
  access: {
    Entatio_Admin: ['read', 'create'],
    Entatio_User: ['read', 'create'],
    // Publish only: Read would let external users subscribe to everyone's engagement stream.
    Entatio_Viewer: ['create']
  }
};

export const engagementObjects: ObjectSpec[] = [activity, engagementEvent, engagementPlatformEvent];
