/**
 * The workbench shell: Lightning's global header and the Entatio app's navigation bar, a hash router that
 * picks the page, toasts for `ShowToastEvent`, and the "page rendered" mark the browser tests and the bench
 * wait for (set once the page has rendered and every Apex / UI API call it started has answered).
 */
import { LightningElement } from 'lwc';
import { PAGES, RENDERED_MARK, parseRoute, routeHref, type PageId, type Route } from '../../../../pages';
import { pendingCalls, whenIdle } from '../../../platform/activity';
import { config } from '../../../platform/config';

interface Toast {
  key: number;
  title: string;
  message: string;
  variant: 'info' | 'success' | 'warning' | 'error';
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Identifies a rendered page for the mark: page and record, not the tab. */
export function routeKey(route: Route | undefined): string {
  if (!route) return 'not-found';
  return route.recordId ? `${route.page}:${route.recordId}` : route.page;
}

export default class App extends LightningElement {
  route: Route | undefined = parseRoute(window.location.hash);
  toasts: Toast[] = [];
  private toastCount = 0;
  private markedKey?: string;

  private readonly onHashChange = (): void => {
    const route = parseRoute(window.location.hash);
    if (routeKey(route) !== routeKey(this.route)) {
      delete document.documentElement.dataset.wbRendered;
      this.markedKey = undefined;
    }
    this.route = route;
    // Pages announce themselves when rendered; "no such page" is the shell's own.
    if (!route) void this.markRendered(routeKey(undefined));
  };

  private readonly onToast = (event: Event): void => {
    const detail =
      (event as CustomEvent<{ title?: string; message?: string; variant?: Toast['variant'] }>).detail ?? {};
    const key = ++this.toastCount;
    this.toasts = [
      ...this.toasts,
      { key, title: detail.title ?? '', message: detail.message ?? '', variant: detail.variant ?? 'info' }
    ];
    // Lightning dismisses non-error toasts after a few seconds.
    if (detail.variant !== 'error') setTimeout(() => this.dismiss(key), 5000);
  };

  private readonly onPageReady = (): void => {
    void this.markRendered(routeKey(this.route));
  };

  override connectedCallback(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('lightning__showtoast', this.onToast);
    this.addEventListener('wbpageready', this.onPageReady);
    if (!this.route) void this.markRendered(routeKey(undefined));
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Marks the page rendered once nothing it asked the server for is outstanding (and painted). */
  private async markRendered(key: string): Promise<void> {
    if (this.markedKey === key) return;
    do {
      await whenIdle();
      await nextFrame();
    } while (pendingCalls() > 0);
    if (key !== routeKey(this.route) || this.markedKey === key) return;
    this.markedKey = key;
    performance.mark(RENDERED_MARK, { detail: { page: key } });
    document.documentElement.dataset.wbRendered = key;
  }

  get userName(): string {
    return config.userName;
  }

  get datasetLabel(): string {
    return `Local workbench · sample data (seed ${config.seed}, as of ${config.asOf})`;
  }

  get navItems(): { id: PageId; label: string; href: string; className: string; current: string | null }[] {
    const active = this.route?.page;
    return PAGES.map((page) => ({
      id: page.id,
      label: page.label,
      href: routeHref({ page: page.id }),
      className: page.id === active ? 'slds-context-bar__item slds-is-active' : 'slds-context-bar__item',
      current: page.id === active ? 'page' : null
    }));
  }

  private is(page: PageId, withRecord: boolean): boolean {
    return this.route?.page === page && !!this.route.recordId === withRecord;
  }

  get isIndex(): boolean {
    return this.route?.page === 'index';
  }

  get isObjectHome(): boolean {
    return this.is('account', false) || this.is('contact', false) || this.is('course', false);
  }

  get isAccount(): boolean {
    return this.is('account', true);
  }

  get isContact(): boolean {
    return this.is('contact', true);
  }

  get isCourse(): boolean {
    return this.is('course', true);
  }

  get isHealth(): boolean {
    return this.route?.page === 'health';
  }

  get isInsights(): boolean {
    return this.route?.page === 'insights';
  }

  get isRules(): boolean {
    return this.route?.page === 'rules';
  }

  get isAudiences(): boolean {
    return this.route?.page === 'audiences';
  }

  get pageId(): string | undefined {
    return this.route?.page;
  }

  get recordId(): string | undefined {
    return this.route?.recordId;
  }

  get tab(): string | undefined {
    return this.route?.tab;
  }

  get hasToasts(): boolean {
    return this.toasts.length > 0;
  }

  get toastViews(): (Toast & { className: string; iconName: string })[] {
    return this.toasts.map((t) => ({
      ...t,
      className: `slds-notify slds-notify_toast slds-theme_${t.variant}`,
      iconName: `utility:${t.variant}`
    }));
  }

  dismiss(key: number): void {
    this.toasts = this.toasts.filter((t) => t.key !== key);
  }

  handleDismiss(event: Event): void {
    this.dismiss(Number((event.currentTarget as HTMLElement).dataset.key));
  }
}
