/**
 * The sign-up form of an Experience Cloud page: a visitor (the site's guest user, or a logged-in member) asks to join
 * a sharing group with their name and email. The server decides (`AudienceSignUpController.signUp`): addresses of
 * the group's allowed domains join, or wait for approval; others are refused. The form shows only the server's
 * status message — no record data comes back.
 */
import { LightningElement, api } from 'lwc';
import signUp from '@salesforce/apex/AudienceSignUpController.signUp';
import type { SignUpResult } from '@salesforce/apex/AudienceSignUpController';
import { reduceErrors, type ReportedError } from 'c/errorUtils';
import { isEmail } from 'c/audienceInvite';

interface ValidatingInput extends HTMLElement {
  value: string;
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

export default class AudienceSignUp extends LightningElement {
  /** The sharing group people sign up to (set in Experience Builder). */
  @api groupId?: string;
  @api heading = 'Sign up for our courses';
  @api description = 'Enter your work email address to get access to the courses for your team.';

  fullName = '';
  email = '';
  busy = false;
  result?: SignUpResult;
  errorMessage = '';

  get isDone(): boolean {
    return !!this.result && this.result.status !== 'Refused';
  }

  get isRefused(): boolean {
    return this.result?.status === 'Refused';
  }

  get resultMessage(): string {
    return this.result?.message ?? '';
  }

  get resultClass(): string {
    return this.result?.status === 'Active'
      ? 'slds-notify slds-notify_alert slds-alert_success'
      : 'slds-notify slds-notify_alert slds-alert_info';
  }

  get submitDisabled(): boolean {
    return this.busy || !this.groupId;
  }

  get notConfigured(): boolean {
    return !this.groupId;
  }

  handleNameChange(event: CustomEvent<{ value: string }>): void {
    this.fullName = event.detail.value ?? '';
  }

  handleEmailChange(event: CustomEvent<{ value: string }>): void {
    this.email = event.detail.value ?? '';
    this.input('email')?.setCustomValidity('');
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.handleSubmit();
    }
  }

  async handleSubmit(): Promise<void> {
    if (this.submitDisabled) return;
    const name = this.input('name');
    const email = this.input('email');
    email?.setCustomValidity(
      this.email.trim() && !isEmail(this.email.trim()) ? 'Enter a valid email address.' : ''
    );
    const nameOk = name?.reportValidity() ?? true;
    const emailOk = email?.reportValidity() ?? true;
    if (!nameOk || !emailOk || !this.fullName.trim() || !isEmail(this.email.trim())) {
      return;
    }
    this.busy = true;
    this.errorMessage = '';
    this.result = undefined;
    try {
      this.result = await signUp({
        groupId: this.groupId!,
        fullName: this.fullName,
        email: this.email.trim()
      });
    } catch (error) {
      this.errorMessage = reduceErrors(error as ReportedError).join(' ');
    } finally {
      this.busy = false;
    }
  }

  handleAgain(): void {
    this.result = undefined;
    this.email = '';
  }

  private input(id: string): ValidatingInput | null {
    return this.template?.querySelector<ValidatingInput>(`lightning-input[data-id="${id}"]`) ?? null;
  }
}
