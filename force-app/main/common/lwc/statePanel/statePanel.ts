import { LightningElement, api } from 'lwc';
import { reduceErrors, type ReportedError } from 'c/errorUtils';

export type StateVariant = 'empty' | 'error' | 'no-access' | 'loading';

const DEFAULT_TITLES: Record<StateVariant, string> = {
  empty: 'Nothing here yet',
  error: 'We could not load this',
  'no-access': "You don't have access",
  loading: 'Loading'
};

const ICONS: Record<Exclude<StateVariant, 'loading'>, string> = {
  empty: 'utility:info',
  error: 'utility:error',
  'no-access': 'utility:lock'
};

/**
 * The one way every Entatio component shows an empty, error, no-access or loading state: SLDS markup,
 * an accessible live region, and an `actions` slot for the next step (e.g. "Upload a deck").
 */
export default class StatePanel extends LightningElement {
  @api variant: StateVariant = 'empty';
  @api heading?: string;
  @api message?: string;
  /** Errors as Apex/wire/UI API report them; shown as a list of messages under the heading. */
  @api errors?: ReportedError | ReportedError[];

  get isLoading(): boolean {
    return this.variant === 'loading';
  }

  get isError(): boolean {
    return this.variant === 'error';
  }

  get headingText(): string {
    return this.heading || DEFAULT_TITLES[this.variant] || DEFAULT_TITLES.empty;
  }

  get iconName(): string {
    return this.variant === 'loading' ? ICONS.empty : (ICONS[this.variant] ?? ICONS.empty);
  }

  get iconVariant(): string {
    return this.isError ? 'error' : '';
  }

  get errorMessages(): { key: string; text: string }[] {
    if (!this.errors) return [];
    return reduceErrors(this.errors).map((text, index) => ({ key: `e${index}`, text }));
  }

  get hasErrorMessages(): boolean {
    return this.errorMessages.length > 0;
  }

  get role(): string {
    return this.isError ? 'alert' : 'status';
  }
}
