/**
 * The follow-along viewer's Apex contract (`FollowAlongController`) over the workbench's sample data, as
 * PresentationService.cls: the join code finds a live session; the running user becomes an attendee (Source Join,
 * Joined At now; a contact already in the audience keeps their row). The workbench runs as one user, so the follower
 * and the presenter are the same person here.
 */
import type joinSessionContract from '@salesforce/apex/FollowAlongController.joinSession';
import type getSessionStateContract from '@salesforce/apex/FollowAlongController.getSessionState';
import { AuraHandledException, type ApexImplementation } from '../apex-runtime';
import { attendeesOf, insert, sessionView, SESSION_NOT_FOUND } from './PresenterController';

export const JOIN_CODE_MESSAGE = 'No live session has this join code. Check the code with the presenter.';

export const joinSession: ApexImplementation<typeof joinSessionContract> = (
  { joinCode },
  { data, userId }
) => {
  const code = typeof joinCode === 'string' ? joinCode.trim().toUpperCase() : '';
  const session = code
    ? data.records('Presentation_Session__c').find((s) => String(s.Join_Code__c).toUpperCase() === code)
    : undefined;
  if (!session || session.Status__c !== 'Live') throw new AuraHandledException(JOIN_CODE_MESSAGE);
  const key = `${session.Id}:${userId}`;
  const existing = attendeesOf(data, session.Id).find((a) => a.Attendee_Key__c === key);
  if (existing) {
    existing.Joined_At__c ??= new Date().toISOString();
  } else {
    insert(data, 'Presentation_Attendee__c', {
      Id: `a0PWj${String(data.byId.size).padStart(10, '0')}AAA`,
      Session__c: session.Id,
      User__c: userId,
      Attendee_Key__c: key,
      Source__c: 'Join',
      Joined_At__c: new Date().toISOString()
    });
  }
  return sessionView(data, session);
};

export const getSessionState: ApexImplementation<typeof getSessionStateContract> = (
  { sessionId },
  { data }
) => {
  const found = data.get(sessionId);
  if (found?.objectApiName !== 'Presentation_Session__c') throw new AuraHandledException(SESSION_NOT_FOUND);
  return sessionView(data, found.record);
};
