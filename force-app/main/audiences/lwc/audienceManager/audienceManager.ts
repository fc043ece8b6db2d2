/**
 * Audiences: the sharing groups (internal and customer tiers), each group's members and courses, approving or removing
 * members, and the invite wizard (c/audienceInviteWizard). Course access itself follows on the server from the
 * memberships (Apex managed sharing); this page only changes memberships.
 */
import { LightningElement, api } from 'lwc';
import getGroups from '@salesforce/apex/AudienceController.getGroups';
import getGroup from '@salesforce/apex/AudienceController.getGroup';
import setMemberStatus from '@salesforce/apex/AudienceController.setMemberStatus';
import type { GroupDetail, GroupSummary, MemberStatus } from '@salesforce/apex/AudienceController';
import { isNoAccess, type ReportedError } from 'c/errorUtils';
import { memberStatusLabel } from 'c/audienceInvite';

export default class AudienceManager extends LightningElement {
  /** The group shown first (else the first group). */
  @api groupId?: string;

  groups: GroupSummary[] = [];
  detail?: GroupDetail;
  selectedId?: string;
  loading = true;
  detailLoading = false;
  error?: ReportedError;
  detailError?: ReportedError;
  inviting = false;
  notice = '';

  override connectedCallback(): void {
    this.loadGroups();
  }

  get hasGroups(): boolean {
    return this.groups.length > 0;
  }

  get isEmpty(): boolean {
    return !this.loading && !this.error && this.groups.length === 0;
  }

  get errorVariant(): string {
    return this.error && isNoAccess(this.error) ? 'no-access' : 'error';
  }

  get groupViews(): {
    id: string;
    name: string;
    className: string;
    current: string | undefined;
    tierLabel: string;
    tierClass: string;
    counts: string;
  }[] {
    return this.groups.map((g) => ({
      id: g.id,
      name: g.name,
      className:
        g.id === this.selectedId ? 'slds-nav-vertical__item slds-is-active' : 'slds-nav-vertical__item',
      current: g.id === this.selectedId ? 'page' : undefined,
      tierLabel: g.tier === 'Internal' ? 'Internal' : 'Customer',
      tierClass: g.tier === 'Internal' ? 'slds-badge slds-badge_inverse' : 'slds-badge',
      counts:
        `${g.memberCount} ${g.memberCount === 1 ? 'member' : 'members'}` +
        (g.pendingCount ? `, ${g.pendingCount} pending` : '') +
        `, ${g.courseCount} ${g.courseCount === 1 ? 'course' : 'courses'}` +
        (g.active ? '' : ' (inactive)')
    }));
  }

  get summary(): GroupSummary | undefined {
    return this.detail?.summary;
  }

  get tierDescription(): string {
    return this.summary?.tier === 'Internal'
      ? 'Internal audience: employees. Receives Internal courses only.'
      : 'Customer audience: contacts and Experience Cloud users. Receives Customer courses only.';
  }

  get signUpDescription(): string {
    const domains = this.summary?.allowedDomains ?? [];
    if (!domains.length) return 'Invitation only.';
    return (
      `People with ${domains.join(', ')} addresses may sign up` +
      (this.summary?.requiresApproval ? ' and wait for approval.' : '.')
    );
  }

  get canInvite(): boolean {
    return !!this.detail?.canManage && !!this.summary?.active;
  }

  get inviteDisabled(): boolean {
    return !this.canInvite || this.inviting;
  }

  get memberRows(): {
    id: string;
    name: string;
    email: string;
    kind: string;
    statusLabel: string;
    statusClass: string;
    canApprove: boolean;
    canRemove: boolean;
    canReadd: boolean;
    approveLabel: string;
    removeLabel: string;
    readdLabel: string;
  }[] {
    const manage = !!this.detail?.canManage;
    return (this.detail?.members ?? []).map((m) => {
      const name = m.name || m.email || 'Unnamed';
      return {
        id: m.id,
        name,
        email: m.email ?? '',
        kind: m.kind === 'Email' ? 'Sign-up' : m.kind,
        statusLabel: memberStatusLabel(m.status),
        statusClass:
          m.status === 'Active'
            ? 'slds-badge slds-theme_success'
            : m.status === 'Pending_Approval'
              ? 'slds-badge slds-theme_warning'
              : 'slds-badge slds-badge_lightest',
        canApprove: manage && m.status === 'Pending_Approval',
        canRemove: manage && m.status !== 'Removed',
        canReadd: manage && m.status === 'Removed',
        approveLabel: `Approve ${name}`,
        removeLabel: `Remove ${name}`,
        readdLabel: `Add ${name} again`
      };
    });
  }

  get hasMembers(): boolean {
    return (this.detail?.members.length ?? 0) > 0;
  }

  /**
   * A course whose tier changed after it was shared stays linked but grants nothing (`shared` false): it is marked
   * "Not shared" with the server's reason.
   */
  get courseRows(): {
    id: string;
    name: string;
    detail: string;
    notShared: boolean;
    reason: string;
  }[] {
    return (this.detail?.courses ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      detail: [c.tier, c.status].filter(Boolean).join(' · '),
      notShared: c.shared === false,
      reason: c.notSharedReason ?? ''
    }));
  }

  get notSharedCount(): number {
    return (this.detail?.courses ?? []).filter((c) => c.shared === false).length;
  }

  get notSharedSummary(): string {
    const count = this.notSharedCount;
    if (!count) return '';
    const tier = this.summary?.tier === 'Internal' ? 'Internal' : 'Customer';
    return count === 1
      ? `1 course is no longer ${tier} and isn't shared with this group's members.`
      : `${count} courses are no longer ${tier} and aren't shared with this group's members.`;
  }

  get hasCourses(): boolean {
    return (this.detail?.courses.length ?? 0) > 0;
  }

  get inviteTier(): string {
    return this.summary?.tier ?? 'Customer';
  }

  async loadGroups(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    try {
      this.groups = await getGroups();
      const wanted = this.selectedId ?? this.groupId;
      const first = this.groups.find((g) => g.id === wanted) ?? this.groups[0];
      if (first) await this.loadGroup(first.id);
    } catch (error) {
      this.error = error as ReportedError;
    } finally {
      this.loading = false;
    }
  }

  async loadGroup(groupId: string): Promise<void> {
    this.selectedId = groupId;
    this.detailLoading = true;
    this.detailError = undefined;
    try {
      this.detail = await getGroup({ groupId });
    } catch (error) {
      this.detail = undefined;
      this.detailError = error as ReportedError;
    } finally {
      this.detailLoading = false;
    }
  }

  handleSelectGroup(event: Event): void {
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id || id === this.selectedId) return;
    this.inviting = false;
    this.notice = '';
    this.loadGroup(id);
  }

  handleInvite(): void {
    this.inviting = true;
    this.notice = '';
  }

  handleWizardClose(): void {
    this.inviting = false;
    Promise.resolve().then(() =>
      this.template?.querySelector<HTMLElement>('[data-id="invite-button"]')?.focus()
    );
  }

  async handleInvited(): Promise<void> {
    await this.refresh();
  }

  async handleApprove(event: Event): Promise<void> {
    await this.changeStatus(event, 'Active', 'approved');
  }

  async handleRemove(event: Event): Promise<void> {
    await this.changeStatus(event, 'Removed', 'removed');
  }

  async handleReadd(event: Event): Promise<void> {
    await this.changeStatus(event, 'Active', 'added again');
  }

  private async changeStatus(event: Event, status: MemberStatus, verb: string): Promise<void> {
    const memberId = (event.currentTarget as HTMLElement).dataset.id;
    if (!memberId) return;
    this.detailError = undefined;
    try {
      const member = await setMemberStatus({ memberId, status });
      this.notice = `${member.name || member.email || 'The member'} was ${verb}.`;
      await this.refresh();
    } catch (error) {
      this.detailError = error as ReportedError;
    }
  }

  private async refresh(): Promise<void> {
    const groups = await getGroups().catch(() => this.groups);
    this.groups = groups;
    if (this.selectedId) {
      try {
        this.detail = await getGroup({ groupId: this.selectedId });
      } catch (error) {
        this.detailError = error as ReportedError;
      }
    }
  }
}
