/**
 * Contract of the Apex class `FollowAlongController` (force-app/main/presenting/classes): joining a live session and
 * reading its state. The session shape is `PresentationDto.SessionView` (see PresenterController.d.ts).
 *
 * Implemented in the org by FollowAlongController.cls and in the workbench by scripts/workbench/apex/FollowAlongController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/FollowAlongController.joinSession' {
  import type { SessionView } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.SessionView joinSession(String joinCode) */
  const joinSession: ApexMethod<{ joinCode: string }, SessionView>;
  export default joinSession;
}

declare module '@salesforce/apex/FollowAlongController.getSessionState' {
  import type { SessionView } from '@salesforce/apex/PresenterController';
  /** @AuraEnabled public static PresentationDto.SessionView getSessionState(Id sessionId) */
  const getSessionState: ApexMethod<{ sessionId: string }, SessionView>;
  export default getSessionState;
}
