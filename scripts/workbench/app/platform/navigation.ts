/**
 * `lightning/navigation` in the workbench: `NavigationMixin` turns page references into the workbench's
 * hash routes (record pages, object homes, the app pages) and `CurrentPageReference` provisions the current
 * one. Page references the workbench has no page for are reported on the console and not followed.
 */
import { PAGES, formatRoute, parseRoute, recordPageFor, routeHref, type Route } from '../../pages';

export interface PageReference {
  type: string;
  attributes?: Record<string, unknown>;
  state?: Record<string, unknown>;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

/** The workbench route for a page reference, or `undefined` when the workbench has no such page. */
export function routeFor(ref: PageReference): Route | undefined {
  const attributes = ref.attributes ?? {};
  const str = (key: string): string | undefined => {
    const value = attributes[key];
    return typeof value === 'string' ? value : undefined;
  };
  switch (ref.type) {
    case 'standard__recordPage': {
      const recordId = str('recordId');
      const objectApiName = str('objectApiName') ?? objectOfRecordId(recordId);
      const page = objectApiName ? recordPageFor(objectApiName) : undefined;
      return page && recordId ? { page: page.id, recordId } : undefined;
    }
    case 'standard__objectPage': {
      const page = recordPageFor(str('objectApiName') ?? '');
      return page ? { page: page.id } : undefined;
    }
    case 'standard__namedPage':
      return str('pageName') === 'home' ? { page: 'index' } : undefined;
    case 'standard__navItemPage':
    case 'standard__app': {
      const name = (str('apiName') ?? str('appTarget') ?? '').toLowerCase();
      const page = PAGES.find((p) => p.kind === 'app' && name.includes(p.id));
      return page ? { page: page.id } : name.includes('entatio') ? { page: 'index' } : undefined;
    }
    default:
      return undefined;
  }
}

const PREFIXES: Record<string, string> = { '001': 'Account', '003': 'Contact', a01: 'Course__c' };

function objectOfRecordId(recordId: string | undefined): string | undefined {
  return recordId ? PREFIXES[recordId.slice(0, 3)] : undefined;
}

export function currentRoute(): Route {
  return parseRoute(window.location.hash) ?? { page: 'index' };
}

/** The current route as a page reference, as Lightning reports it. */
export function pageReferenceOf(route: Route): PageReference {
  const page = PAGES.find((p) => p.id === route.page)!;
  if (page.kind === 'record' && route.recordId) {
    return {
      type: 'standard__recordPage',
      attributes: { recordId: route.recordId, objectApiName: page.objectApiName, actionName: 'view' },
      state: {}
    };
  }
  if (page.kind === 'record') {
    return {
      type: 'standard__objectPage',
      attributes: { objectApiName: page.objectApiName, actionName: 'home' },
      state: {}
    };
  }
  if (page.kind === 'app')
    return { type: 'standard__navItemPage', attributes: { apiName: page.id }, state: {} };
  return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state: {} };
}

function navigate(ref: PageReference, replace?: boolean): void {
  const route = routeFor(ref);
  if (!route) {
    console.warn(`The workbench has no page for ${JSON.stringify(ref)}; navigation ignored.`);
    return;
  }
  const hash = formatRoute(route);
  if (replace) window.location.replace(hash);
  else window.location.hash = hash;
}

type Constructor<T = object> = new (...args: any[]) => T; // eslint-disable-line @typescript-eslint/no-explicit-any

export function NavigationMixin<T extends Constructor>(Base: T): T {
  return class extends Base {
    [NAVIGATE](ref: PageReference, replace?: boolean): void {
      navigate(ref, replace);
    }

    [GENERATE_URL](ref: PageReference): Promise<string> {
      const route = routeFor(ref);
      return Promise.resolve(route ? routeHref(route) : '');
    }
  };
}
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

type DataCallback = (value: PageReference) => void;

/** Wire adapter: the current page reference, provisioned again on every route change. */
export class CurrentPageReference {
  private readonly listener = (): void => this.dataCallback(pageReferenceOf(currentRoute()));

  constructor(private readonly dataCallback: DataCallback) {}

  connect(): void {
    window.addEventListener('hashchange', this.listener);
    this.listener();
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.listener);
  }

  update(): void {}
}
