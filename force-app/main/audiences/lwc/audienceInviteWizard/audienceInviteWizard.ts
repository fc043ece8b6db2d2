/**
 * The invite wizard: add many people to a sharing group at once.
 *
 * 1. **Choose** — contacts of accounts and members of campaigns (Customer groups; searched by name), and/or pasted
 *    email addresses (counted as you paste, with the server's rules from c/audienceInvite).
 * 2. **Preview** — the server's verdict on every row (`previewInvites`): Ready, Already a member, Duplicate (with the
 *    row it repeats), Invalid email, Not found, Wrong audience. Ready rows are ticked; untick any. Options: an
 *    invitation email, and Experience Cloud logins for contacts without one where the group's site allows it (the
 *    server's reason is shown where it does not).
 * 3. **Summary** — `invite` adds the ticked people in one bulk save; the summary counts added, skipped and failed
 *    people, lists each failure with its person, and the notes (emails not sent, logins requested).
 *
 * Events: `invited` (`detail`: the summary) after a submit, so the page refreshes its members; `close`.
 */
import { LightningElement, api } from 'lwc';
import findSources from '@salesforce/apex/AudienceController.findSources';
import previewInvites from '@salesforce/apex/AudienceController.previewInvites';
import invite from '@salesforce/apex/AudienceController.invite';
import type {
  InvitePreview,
  InviteRow,
  InviteSummary,
  Source,
  Tier
} from '@salesforce/apex/AudienceController';
import type { ReportedError } from 'c/errorUtils';
import {
  countPasted,
  describePasted,
  describeSummary,
  rowBadgeClass,
  rowStatusLabel
} from 'c/audienceInvite';

type Step = 'choose' | 'preview' | 'done';

interface RowView {
  key: string;
  rowNumber: number;
  person: string;
  email: string;
  from: string;
  statusLabel: string;
  badgeClass: string;
  message: string;
  selectable: boolean;
  checked: boolean;
  checkboxLabel: string;
}

export default class AudienceInviteWizard extends LightningElement {
  @api groupId?: string;
  @api groupName = '';
  @api tier: Tier = 'Customer';

  step: Step = 'choose';
  searchTerm = '';
  sourceResults: Source[] = [];
  searched = false;
  chosenSources: Source[] = [];
  emails = '';
  preview?: InvitePreview;
  unticked = new Set<string>();
  sendEmail = true;
  createLogins = false;
  summary?: InviteSummary;
  busy = false;
  error?: ReportedError;

  get isChoose(): boolean {
    return this.step === 'choose';
  }

  get isPreview(): boolean {
    return this.step === 'preview';
  }

  get isDone(): boolean {
    return this.step === 'done';
  }

  get isCustomer(): boolean {
    return this.tier === 'Customer';
  }

  get heading(): string {
    return this.groupName ? `Invite people to ${this.groupName}` : 'Invite people';
  }

  get steps(): { label: string; value: Step }[] {
    return [
      { label: 'Choose people', value: 'choose' },
      { label: 'Preview', value: 'preview' },
      { label: 'Summary', value: 'done' }
    ];
  }

  get emailsHelp(): string {
    return this.isCustomer
      ? 'Contacts with these addresses are invited. Separate addresses with commas, semicolons, spaces or new lines.'
      : 'Internal users with these addresses are invited. Separate addresses with commas, semicolons, spaces or new lines.';
  }

  get pastedDescription(): string {
    return describePasted(countPasted(this.emails));
  }

  get hasSourceResults(): boolean {
    return this.sourceResults.length > 0;
  }

  get noSourceResults(): boolean {
    return this.searched && this.sourceResults.length === 0;
  }

  get sourceResultViews(): { id: string; label: string }[] {
    return this.sourceResults.map((source) => ({
      id: source.id,
      label: `${source.name} (${source.kind === 'Account' ? "account's contacts" : "campaign's members"})`
    }));
  }

  get hasChosenSources(): boolean {
    return this.chosenSources.length > 0;
  }

  get chosenSourceViews(): { id: string; label: string }[] {
    return this.chosenSources.map((source) => ({ id: source.id, label: `${source.kind}: ${source.name}` }));
  }

  get previewDisabled(): boolean {
    return this.busy || (this.chosenSources.length === 0 && countPasted(this.emails).total === 0);
  }

  get rows(): RowView[] {
    return (this.preview?.rows ?? []).map((row: InviteRow) => {
      const selectable = row.status === 'Ready' && !!row.personId;
      const person = row.name || row.input || '';
      return {
        key: `row-${row.rowNumber}`,
        rowNumber: row.rowNumber,
        person,
        email: row.email ?? '',
        from: row.source === 'Pasted' ? 'Pasted' : `${row.source}: ${row.input ?? ''}`,
        statusLabel: rowStatusLabel(row.status),
        badgeClass: rowBadgeClass(row.status),
        message:
          row.message ??
          (row.status === 'Ready' && this.isCustomer && !row.hasLogin ? 'No site login yet.' : ''),
        selectable,
        checked: selectable && !this.unticked.has(row.personId!),
        checkboxLabel: `Invite ${person || row.email || 'row ' + row.rowNumber}`
      };
    });
  }

  get selectedPersonIds(): string[] {
    const ids: string[] = [];
    for (const row of this.preview?.rows ?? []) {
      if (row.status === 'Ready' && row.personId && !this.unticked.has(row.personId)) ids.push(row.personId);
    }
    return ids;
  }

  get previewHeadline(): string {
    const ready = this.preview?.readyCount ?? 0;
    const problems = this.preview?.problemCount ?? 0;
    return `${ready} ready to invite; ${problems} ${problems === 1 ? 'row is' : 'rows are'} left out (see Status and Note).`;
  }

  get inviteLabel(): string {
    const n = this.selectedPersonIds.length;
    return `Invite ${n} ${n === 1 ? 'person' : 'people'}`;
  }

  get inviteDisabled(): boolean {
    return this.busy || this.selectedPersonIds.length === 0;
  }

  get loginsDisabled(): boolean {
    return !this.preview?.canCreateLogins;
  }

  get loginsHelp(): string {
    return this.preview?.canCreateLogins
      ? 'Contacts without a login get one on the group’s Experience Cloud site, with a welcome email.'
      : (this.preview?.loginMessage ?? 'Not available for this group.');
  }

  get showLoginOption(): boolean {
    return this.isCustomer;
  }

  get emailDisabled(): boolean {
    return this.preview?.canSendEmail === false;
  }

  get summaryText(): string {
    return this.summary ? describeSummary(this.summary) : '';
  }

  get summaryErrors(): { key: string; text: string }[] {
    const names = new Map<string, string>();
    for (const row of this.preview?.rows ?? []) {
      if (row.personId) names.set(row.personId, row.name || row.email || row.personId);
    }
    return (this.summary?.errors ?? []).map((error, index) => ({
      key: `error-${index}`,
      text: `${(error.personId && names.get(error.personId)) || 'A person'}: ${error.message}`
    }));
  }

  get hasSummaryErrors(): boolean {
    return this.summaryErrors.length > 0;
  }

  get summaryMessages(): { key: string; text: string }[] {
    return (this.summary?.messages ?? []).map((text, index) => ({ key: `message-${index}`, text }));
  }

  get hasSummaryMessages(): boolean {
    return this.summaryMessages.length > 0;
  }

  get summaryIcon(): string {
    return this.summary?.failed ? 'utility:warning' : 'utility:success';
  }

  get summaryVariant(): string {
    return this.summary?.failed ? 'warning' : 'success';
  }

  // ------------------------------------------------------------------------------------------- choose

  handleSearchChange(event: CustomEvent<{ value: string }>): void {
    this.searchTerm = event.detail.value ?? '';
  }

  handleSearchKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.handleSearch();
    }
  }

  async handleSearch(): Promise<void> {
    if (this.searchTerm.trim().length < 2) {
      this.sourceResults = [];
      this.searched = false;
      return;
    }
    this.error = undefined;
    try {
      const found = await findSources({ searchTerm: this.searchTerm.trim() });
      const chosen = new Set(this.chosenSources.map((s) => s.id));
      this.sourceResults = found.filter((s) => !chosen.has(s.id));
      this.searched = true;
    } catch (error) {
      this.error = error as ReportedError;
    }
  }

  handleAddSource(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const source = this.sourceResults.find((s) => s.id === id);
    if (!source) return;
    this.chosenSources = [...this.chosenSources, source];
    this.sourceResults = this.sourceResults.filter((s) => s.id !== id);
  }

  handleRemoveSource(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    this.chosenSources = this.chosenSources.filter((s) => s.id !== id);
  }

  handleEmailsChange(event: CustomEvent<{ value: string }>): void {
    this.emails = event.detail.value ?? '';
  }

  async handlePreview(): Promise<void> {
    if (!this.groupId || this.previewDisabled) return;
    this.busy = true;
    this.error = undefined;
    try {
      this.preview = await previewInvites({
        groupId: this.groupId,
        sourceIds: this.chosenSources.map((s) => s.id),
        emails: this.emails
      });
      this.unticked = new Set();
      this.createLogins = false;
      this.sendEmail = this.preview.canSendEmail;
      this.step = 'preview';
      this.focusHeading();
    } catch (error) {
      this.error = error as ReportedError;
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------------------------------------ preview

  handleRowToggle(event: CustomEvent<{ checked: boolean }>): void {
    const rowNumber = Number((event.currentTarget as HTMLElement).dataset.row);
    const row = this.preview?.rows.find((r) => r.rowNumber === rowNumber);
    if (!row?.personId) return;
    const next = new Set(this.unticked);
    if (event.detail.checked) next.delete(row.personId);
    else next.add(row.personId);
    this.unticked = next;
  }

  handleSendEmailChange(event: CustomEvent<{ checked: boolean }>): void {
    this.sendEmail = event.detail.checked;
  }

  handleCreateLoginsChange(event: CustomEvent<{ checked: boolean }>): void {
    this.createLogins = event.detail.checked;
  }

  handleBack(): void {
    this.step = 'choose';
    this.error = undefined;
    this.focusHeading();
  }

  async handleInvite(): Promise<void> {
    if (!this.groupId || this.inviteDisabled) return;
    this.busy = true;
    this.error = undefined;
    try {
      this.summary = await invite({
        groupId: this.groupId,
        personIds: this.selectedPersonIds,
        sendEmail: this.sendEmail && !this.emailDisabled,
        createLogins: this.createLogins && !this.loginsDisabled
      });
      this.step = 'done';
      this.dispatchEvent(new CustomEvent('invited', { detail: this.summary }));
      this.focusHeading();
    } catch (error) {
      this.error = error as ReportedError;
    } finally {
      this.busy = false;
    }
  }

  // ---------------------------------------------------------------------------------------------- done

  handleInviteMore(): void {
    this.step = 'choose';
    this.preview = undefined;
    this.summary = undefined;
    this.emails = '';
    this.chosenSources = [];
    this.sourceResults = [];
    this.searched = false;
    this.focusHeading();
  }

  handleClose(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }

  private focusHeading(): void {
    // After the step's template rendered: move focus to its heading so screen readers announce the new step.
    Promise.resolve().then(() => {
      this.template?.querySelector<HTMLElement>('[data-id="step-heading"]')?.focus();
    });
  }
}
