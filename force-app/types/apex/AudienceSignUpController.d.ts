/**
 * Contract of the Apex class `AudienceSignUpController` (force-app/main/audiences/classes): the guest-facing sign-up
 * form of an Experience Cloud site. Returns only a status and a message (see force-app/main/audiences/GUEST_ACCESS.md).
 *
 * Implemented in the org by AudienceSignUpController.cls and in the workbench by
 * scripts/workbench/apex/AudienceSignUpController.ts.
 */
/// <reference path="./apex-method.d.ts" />
declare module '@salesforce/apex/AudienceSignUpController' {
  /** AudienceDto.SignUpResult */
  export interface SignUpResult {
    status: 'Active' | 'Pending_Approval' | 'Refused';
    message: string;
  }
}

declare module '@salesforce/apex/AudienceSignUpController.signUp' {
  import type { SignUpResult } from '@salesforce/apex/AudienceSignUpController';
  /** @AuraEnabled public static AudienceDto.SignUpResult signUp(String groupId, String fullName, String email) */
  const signUp: ApexMethod<{ groupId: string; fullName: string; email: string }, SignUpResult>;
  export default signUp;
}
