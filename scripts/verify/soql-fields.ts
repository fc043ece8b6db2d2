/**
 * SOQL field check. apex-ls does not look inside SOQL field lists, so a misspelt field in a query would
 * only fail at deploy time. This check reads every static query (and every `Database.query*` whose query
 * is one literal) in `force-app/**\/*.cls|*.trigger` and checks each field reference against the data model
 * in `scripts/schema`:
 *
 * - on our own objects (custom objects, custom metadata types, platform events) every field must be
 *   declared, or be a system field;
 * - on standard objects only custom (`__c`) fields are checked — they must be declared by the schema;
 * - relationship paths (`Course__r.Status__c`) and child subqueries (`FROM Sections__r`) are resolved
 *   through the lookup / master-detail fields of the schema.
 */
import * as fs from 'node:fs';
import type { Finding } from '../lib/findings';
import { objects as schemaObjects } from '../schema/index';
import { SYSTEM_FIELDS, type ObjectSpec } from '../schema/types';
import { extractQueries, parseSoql, type SoqlQuery } from './soql-parser';
import { type VerifyOptions, lineColumn, listFiles, packageDirOf, relativeTo, resolveRoot } from './util';

const CHECK = 'soql-fields';

/** Extra fields every custom metadata type has. */
const MDT_FIELDS = [
  'DeveloperName',
  'MasterLabel',
  'Label',
  'QualifiedApiName',
  'NamespacePrefix',
  'Language'
];
/** Extra fields every platform event has. */
const EVENT_FIELDS = ['ReplayId', 'EventUuid'];
/** Standard relationships of every custom object: name → target (null: polymorphic or not modelled). */
const CUSTOM_OBJECT_RELATIONSHIPS: Record<string, string | null> = {
  owner: null,
  createdby: 'User',
  lastmodifiedby: 'User',
  recordtype: 'RecordType',
  userrecordaccess: null
};
/** A few standard parent relationships, so `Contact.Account.Foo__c` can be checked. Others: not checked. */
const STANDARD_RELATIONSHIPS: Record<string, string | null> = {
  account: 'Account',
  contact: 'Contact',
  opportunity: 'Opportunity',
  case: 'Case',
  lead: 'Lead',
  parent: null,
  owner: null,
  who: null,
  what: null,
  user: 'User',
  createdby: 'User',
  lastmodifiedby: 'User',
  manager: 'User',
  reportsto: 'Contact',
  convertedaccount: 'Account',
  convertedcontact: 'Contact',
  convertedopportunity: 'Opportunity'
};
/** A few standard child relationships (`Account` → `(SELECT ... FROM Contacts)`). Others: not checked. */
const STANDARD_CHILDREN: Record<string, Record<string, string>> = {
  account: { contacts: 'Contact', opportunities: 'Opportunity', cases: 'Case' },
  contact: { cases: 'Case', opportunitycontactroles: 'OpportunityContactRole' },
  opportunity: { opportunitycontactroles: 'OpportunityContactRole' }
};

const RELATIONSHIP_TYPES = new Set(['Lookup', 'MasterDetail', 'MetadataRelationship', 'Hierarchy']);

interface ObjectInfo {
  name: string;
  /** Ours: every field checked. Standard: only `__c` fields checked. */
  ours: boolean;
  fields: Set<string>;
  /** `x__r` → target object name (parent relationships of our lookup fields). */
  parents: Map<string, string>;
  /** `x__r` → child object name (child relationships our lookup fields declare on this object). */
  children: Map<string, string>;
}

/** Lookup tables over the schema, keyed by lower-case API names (SOQL is case-insensitive). */
export class SchemaIndex {
  private readonly byName = new Map<string, ObjectInfo>();

  constructor(specs: readonly ObjectSpec[]) {
    for (const spec of specs) {
      const info = this.info(spec.name);
      info.ours = spec.kind !== 'standard';
      for (const f of spec.fields) info.fields.add(f.name.toLowerCase());
      if (info.ours) {
        for (const s of SYSTEM_FIELDS) info.fields.add(s.toLowerCase());
        if (spec.kind === 'customMetadata') for (const s of MDT_FIELDS) info.fields.add(s.toLowerCase());
        if (spec.kind === 'platformEvent') for (const s of EVENT_FIELDS) info.fields.add(s.toLowerCase());
        // Detail objects have no owner.
        if (spec.fields.some((f) => f.definition.type === 'MasterDetail')) info.fields.delete('ownerid');
      }
    }
    for (const spec of specs) {
      for (const f of spec.fields) {
        const def = f.definition;
        if (!def.type || !RELATIONSHIP_TYPES.has(def.type) || !def.referenceTo) continue;
        const target = def.type === 'Hierarchy' ? 'User' : def.referenceTo;
        const info = this.info(spec.name);
        info.parents.set(f.name.replace(/__c$/i, '__r').toLowerCase(), target);
        if (def.relationshipName)
          this.info(target).children.set(`${def.relationshipName}__r`.toLowerCase(), spec.name);
      }
    }
  }

  private info(name: string): ObjectInfo {
    const key = name.toLowerCase();
    let info = this.byName.get(key);
    if (!info) {
      info = { name, ours: false, fields: new Set(), parents: new Map(), children: new Map() };
      this.byName.set(key, info);
    }
    return info;
  }

  /** The object, or undefined for a standard object the schema does not mention. */
  get(name: string): ObjectInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }
}

/** A problem in one query, at an offset in the query text. */
export interface SoqlProblem {
  offset: number;
  message: string;
}

function isCustomName(name: string): boolean {
  return /__(c|mdt|e|x|b)$/i.test(name);
}

/** Checks a parsed query; `from` overrides the object (child subqueries resolve their relationship first). */
export function checkQuery(query: SoqlQuery, index: SchemaIndex, parent?: string): SoqlProblem[] {
  const problems: SoqlProblem[] = [];
  let object: string | null = query.from;
  if (parent !== undefined) {
    const child = resolveChild(index, parent, query.from);
    if (child === undefined) {
      problems.push({
        offset: query.fromOffset,
        message: `unknown child relationship '${query.from}' on ${parent}`
      });
      return problems;
    }
    object = child;
  } else if (isCustomName(query.from) && !index.get(query.from)?.ours) {
    problems.push({
      offset: query.fromOffset,
      message: `unknown object '${query.from}' (not in scripts/schema)`
    });
    return problems;
  }
  if (object !== null) {
    const aliases = new Set(query.aliases.map((a) => a.toLowerCase()));
    for (const ref of query.fields) {
      if (!ref.path.includes('.') && aliases.has(ref.path.toLowerCase())) continue;
      const message = checkPath(index, object, ref.path);
      if (message) problems.push({ offset: ref.offset, message });
    }
    for (const child of query.children) problems.push(...checkQuery(child, index, object));
  }
  for (const sub of query.semiJoins) problems.push(...checkQuery(sub, index));
  return problems;
}

/**
 * The object a child relationship of `parent` leads to; `null` when it cannot be checked (a standard
 * relationship we do not model); `undefined` when it certainly does not exist.
 */
function resolveChild(index: SchemaIndex, parent: string, relationship: string): string | null | undefined {
  const rel = relationship.toLowerCase();
  const info = index.get(parent);
  const declared = info?.children.get(rel);
  if (declared) return declared;
  if (rel.endsWith('__r')) return undefined;
  return STANDARD_CHILDREN[parent.toLowerCase()]?.[rel] ?? null;
}

/** Checks `path` (dotted) from `object`; returns a message when a segment does not exist. */
function checkPath(index: SchemaIndex, object: string, path: string): string | undefined {
  const segments = path.split('.');
  let current: string | null = object;
  for (let i = 0; i < segments.length; i++) {
    if (current === null) return undefined; // polymorphic or unmodelled: nothing more to check
    const seg = segments[i];
    const lower = seg.toLowerCase();
    const info = index.get(current);
    const last = i === segments.length - 1;
    if (last) {
      if (info?.ours) {
        return info.fields.has(lower)
          ? undefined
          : `unknown field '${seg}' on ${info.name}${where(path, seg)}`;
      }
      if (/__c$/i.test(seg) && !info?.fields.has(lower)) {
        return `custom field '${seg}' on ${current}${where(path, seg)} is not declared in scripts/schema`;
      }
      return undefined;
    }
    // A relationship segment.
    const parentTarget = info?.parents.get(lower);
    if (parentTarget) {
      current = parentTarget;
      continue;
    }
    if (lower.endsWith('__r')) {
      return `unknown relationship '${seg}' on ${info?.name ?? current}${where(path, seg)}`;
    }
    if (info?.ours) {
      if (!(lower in CUSTOM_OBJECT_RELATIONSHIPS)) {
        return `unknown relationship '${seg}' on ${info.name}${where(path, seg)}`;
      }
      current = CUSTOM_OBJECT_RELATIONSHIPS[lower];
      continue;
    }
    current = STANDARD_RELATIONSHIPS[lower] ?? null;
  }
  return undefined;
}

function where(path: string, seg: string): string {
  return path === seg ? '' : ` (in '${path}')`;
}

export interface SoqlFieldsOptions extends VerifyOptions {
  /** The data model to check against (default: `objects` from scripts/schema). */
  objects?: readonly ObjectSpec[];
}

/** Problems in one Apex source file, with 1-based line/column (exported for tests). */
export function checkApexSource(
  source: string,
  index: SchemaIndex
): { line: number; column: number; message: string }[] {
  const out: { line: number; column: number; message: string }[] = [];
  for (const q of extractQueries(source)) {
    let problems: SoqlProblem[];
    try {
      problems = checkQuery(parseSoql(q.text), index);
    } catch (e) {
      problems = [{ offset: 0, message: `could not read query: ${(e as Error).message}` }];
    }
    for (const p of problems) {
      const { line, column } = lineColumn(source, q.offset + p.offset);
      out.push({ line, column, message: `SOQL: ${p.message}` });
    }
  }
  return out;
}

export async function checkSoqlFields(opts: SoqlFieldsOptions = {}): Promise<Finding[]> {
  const root = resolveRoot(opts);
  const index = new SchemaIndex(opts.objects ?? schemaObjects);
  const files = listFiles(packageDirOf(root), (f) => f.endsWith('.cls') || f.endsWith('.trigger'));
  const findings: Finding[] = [];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    for (const p of checkApexSource(source, index)) {
      findings.push({
        check: CHECK,
        file: relativeTo(root, file),
        line: p.line,
        column: p.column,
        message: p.message
      });
    }
  }
  return findings;
}
