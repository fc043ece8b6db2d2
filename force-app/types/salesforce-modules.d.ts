/**
 * Type declarations for the platform modules LWCs import that have no published types:
 * `@salesforce/apex/*`, `@salesforce/schema/*`, `@salesforce/label/*`, `@salesforce/user/*`,
 * `@salesforce/customPermission/*`, `lightning/uiRecordApi`, `lightning/empApi`, `lightning/navigation`.
 * Base components (`lightning/*` elements) are typed by `@salesforce/lightning-types`.
 */
/// <reference types="@salesforce/lightning-types" />
// A script, not a module (no top-level import/export): its `declare module` blocks declare the modules;
// in a module file they would be augmentations of modules that do not exist and silently dropped.

/** The shape of an error a wire adapter or an imperative Apex call reports to a component. */
interface SalesforceFetchError {
  body?:
    | {
        message?: string;
        pageErrors?: { message: string }[];
        fieldErrors?: Record<string, { message: string }[]>;
      }
    | { message?: string }[];
  message?: string;
  status?: number;
  statusText?: string;
}

declare module '@salesforce/apex/*' {
  /** An `@AuraEnabled` Apex method: called imperatively with named parameters, or used with `@wire`. */
  const apexMethod: (params?: Record<string, unknown>) => Promise<unknown>;
  export default apexMethod;
}

declare module '@salesforce/schema/*' {
  const fieldOrObject: { objectApiName: string; fieldApiName?: string };
  export default fieldOrObject;
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}

declare module '@salesforce/customPermission/*' {
  const hasPermission: boolean | undefined;
  export default hasPermission;
}

declare module '@salesforce/resourceUrl/*' {
  /** URL of a static resource (for a folder resource, append the path inside it). */
  const url: string;
  export default url;
}

declare module 'lightning/platformResourceLoader' {
  import type { LightningElement } from 'lwc';
  export function loadScript(component: LightningElement, url: string): Promise<void>;
  export function loadStyle(component: LightningElement, url: string): Promise<void>;
}

declare module 'lightning/uiRecordApi' {
  export const getRecord: unknown;
  export function getFieldValue(record: unknown, field: unknown): unknown;
  export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
}

declare module 'lightning/empApi' {
  export interface EmpMessage<T = unknown> {
    channel: string;
    data: { event: { replayId: number }; payload: T };
  }
  export interface EmpSubscription {
    id?: string;
    channel?: string;
    replayId?: number;
  }
  export function subscribe<T>(
    channel: string,
    replayId: number,
    onMessage: (message: EmpMessage<T>) => void
  ): Promise<EmpSubscription>;
  export function unsubscribe(
    subscription: EmpSubscription,
    callback?: (response: unknown) => void
  ): Promise<unknown>;
  export function onError(callback: (error: unknown) => void): void;
  export function isEmpEnabled(): Promise<boolean>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ShowToastEventInit {
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
    constructor(init: ShowToastEventInit);
  }
}

declare module 'lightning/navigation' {
  import type { LightningElement } from 'lwc';
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  type Constructor<T = object> = new (...args: never[]) => T;
  /** What `NavigationMixin(Base)` adds to a component. */
  export interface NavigationMixinMethods {
    [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
    [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
  }
  export function NavigationMixin<T extends Constructor<LightningElement>>(
    base: T
  ): new (...args: ConstructorParameters<T>) => InstanceType<T> & NavigationMixinMethods;
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace NavigationMixin {
    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;
  }
  /** Wire adapter: the current page reference (its `state` carries `c__` URL parameters). */
  export const CurrentPageReference: import('lwc').WireAdapterConstructor<
    Record<string, never>,
    PageReference
  >;
}
