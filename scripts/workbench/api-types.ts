/**
 * Shapes of the workbench server's own JSON API (`/__workbench/api/*`), which the shell pages read. Package
 * components never use these: they reach data through the Apex contracts and the UI API, as in an org.
 */
import type { PageId } from './pages';

/** One field as a record page shows it. */
export interface FieldView {
  apiName: string;
  label: string;
  /** The value in API format (ids, ISO dates, picklist API names). */
  value: unknown;
  /** The value as Lightning displays it (names for lookups, labels for picklists, formatted numbers). */
  display: string;
  /** For lookups to records the workbench has a page for: the href of its page (`/#/account/...`). */
  link?: string;
}

export interface RecordView {
  id: string;
  objectApiName: string;
  objectLabel: string;
  name: string;
  pageId: PageId;
  iconName: string;
  /** Compact-layout fields for the highlights panel. */
  highlights: FieldView[];
  /** Every field of the record, for the Details tab. */
  fields: FieldView[];
}

export interface ListRow {
  id: string;
  name: string;
  link: string;
  cells: FieldView[];
}

/** An object home / list view: the first rows of an object, sorted by name. */
export interface ListView {
  pageId: PageId;
  objectApiName: string;
  label: string;
  total: number;
  columns: { apiName: string; label: string }[];
  rows: ListRow[];
}

export interface IndexView {
  dataset: { seed: number; scale: number; asOf: string; counts: { label: string; count: number }[] };
  runningUser: { id: string; name: string; title: string };
  samples: ListView[];
}
