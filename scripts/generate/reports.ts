/**
 * Report types, the report folder with its reports, and the dashboard folder with its dashboard, from
 * `scripts/schema/reports.ts`. `validateReports` checks every field, join and report reference against the schema
 * first: a report type that names a field we do not declare (or a standard field not in STANDARD_REPORT_FIELDS)
 * fails generation.
 */
import type {
  Dashboard,
  DashboardFolder,
  Report,
  ReportFolder,
  ReportType
} from '@salesforce/types/metadata';
import { objects as schemaObjects } from '../schema';
import {
  dashboards as schemaDashboards,
  REPORT_FOLDER,
  reports as schemaReports,
  reportTypes as schemaReportTypes,
  STANDARD_REPORT_FIELDS,
  STANDARD_REPORT_LOOKUPS,
  type DashboardSpec,
  type ReportSpec,
  type ReportTypeSpec
} from '../schema/reports';
import type { ObjectSpec } from '../schema/types';
import { metadataXml } from './xml';

export const REPORT_TYPE_DIR = 'force-app/main/insights/reportTypes';
export const REPORT_DIR = 'force-app/main/insights/reports';
export const DASHBOARD_DIR = 'force-app/main/insights/dashboards';

type Lower = (s: string) => string;
const lower: Lower = (s) => s.toLowerCase();

function declaredFields(objects: readonly ObjectSpec[], objectName: string): string[] {
  return objects
    .filter((o) => lower(o.name) === lower(objectName))
    .flatMap((o) => o.fields.map((f) => f.name));
}

/** The object a lookup field (`Contact__c`, or a standard relationship such as `Account`) of `objectName` leads to. */
function lookupTarget(
  objects: readonly ObjectSpec[],
  objectName: string,
  lookup: string
): string | undefined {
  const standard = STANDARD_REPORT_LOOKUPS[objectName]?.[lookup];
  if (standard) return standard;
  const field = objects
    .filter((o) => lower(o.name) === lower(objectName))
    .flatMap((o) => o.fields)
    .find((f) => lower(f.name) === lower(lookup));
  const type = field?.definition.type;
  return type === 'Lookup' || type === 'MasterDetail'
    ? (field?.definition.referenceTo ?? undefined)
    : undefined;
}

/** Whether `path` (`Field`, or `Lookup.Field`) names a field of `objectName`. */
export function fieldExists(objects: readonly ObjectSpec[], objectName: string, path: string): boolean {
  const parts = path.split('.');
  if (parts.length > 2) return false;
  if (parts.length === 2) {
    const target = lookupTarget(objects, objectName, parts[0]!);
    return target ? fieldExists(objects, target, parts[1]!) : false;
  }
  const name = lower(parts[0]!);
  return (
    declaredFields(objects, objectName).some((f) => lower(f) === name) ||
    (STANDARD_REPORT_FIELDS[objectName] ?? []).some((f) => lower(f) === name) ||
    (lookupTarget(objects, objectName, parts[0]!) !== undefined && parts[0]!.endsWith('__c'))
  );
}

/** The child object a relationship (`Sections__r`) of `parent` leads to, from the child's lookup declaration. */
function childOf(objects: readonly ObjectSpec[], parent: string, relationship: string): string | undefined {
  for (const object of objects) {
    for (const field of object.fields) {
      const d = field.definition;
      if (
        (d.type === 'Lookup' || d.type === 'MasterDetail') &&
        lower(d.referenceTo ?? '') === lower(parent) &&
        lower(`${d.relationshipName ?? ''}__r`) === lower(relationship)
      ) {
        return object.name;
      }
    }
  }
  return undefined;
}

/** Every problem with the declared report types, reports and dashboards (empty when all is well). */
export function validateReports(
  objects: readonly ObjectSpec[] = schemaObjects,
  reportTypes: readonly ReportTypeSpec[] = schemaReportTypes,
  reports: readonly ReportSpec[] = schemaReports,
  dashboards: readonly DashboardSpec[] = schemaDashboards
): string[] {
  const problems: string[] = [];
  const tablesByType = new Map<string, Map<string, string>>();
  for (const type of reportTypes) {
    // Table names in a layout: the base object, then `Base.Rel1__r`, `Base.Rel1__r.Rel2__r` ...
    const tables = new Map<string, string>([[type.baseObject, type.baseObject]]);
    let parent = type.baseObject;
    let path = type.baseObject;
    for (const join of type.joins) {
      const child = childOf(objects, parent, join.relationship);
      if (!child || lower(child) !== lower(join.object))
        problems.push(`${type.name}: ${parent} has no relationship ${join.relationship} to ${join.object}`);
      path = `${path}.${join.relationship}`;
      tables.set(join.object, path);
      parent = join.object;
    }
    tablesByType.set(`${type.name}__c`, tables);
    for (const section of type.sections) {
      if (!tables.has(section.object))
        problems.push(
          `${type.name}: section ${section.label} names ${section.object}, which the type does not join`
        );
      for (const entry of section.fields) {
        const field = typeof entry === 'string' ? entry : entry.field;
        if (!fieldExists(objects, section.object, field))
          problems.push(`${type.name}: ${section.object} has no field ${field}`);
      }
    }
  }
  const reportNames = new Set(reports.map((r) => r.name));
  for (const report of reports) {
    const tables = tablesByType.get(report.reportType);
    if (!tables) {
      problems.push(`${report.name}: unknown report type ${report.reportType}`);
      continue;
    }
    const byTable = new Map([...tables.entries()].map(([object, table]) => [table, object]));
    const columns = [
      ...report.columns.map((c) => c.field),
      ...(report.groupingsDown ?? []).map((g) => g.field),
      ...(report.filters ?? []).map((f) => f.column),
      ...(report.timeFrame ? [report.timeFrame.dateColumn] : [])
    ];
    for (const column of columns) {
      const [table, field] = column.split('$');
      const object = table ? byTable.get(table) : undefined;
      if (!object || !field || !fieldExists(objects, object, field))
        problems.push(`${report.name}: column ${column} is not a field of report type ${report.reportType}`);
    }
  }
  for (const dashboard of dashboards) {
    for (const component of dashboard.components) {
      if (!reportNames.has(component.report))
        problems.push(
          `${dashboard.name}: component ${component.title} names unknown report ${component.report}`
        );
    }
  }
  return problems;
}

export function renderReportType(type: ReportTypeSpec): [string, string] {
  let join: ReportType['join'];
  for (const j of [...type.joins].reverse()) {
    join = { relationship: j.relationship, outerJoin: j.outerJoin, ...(join ? { join } : {}) };
  }
  const tables = new Map<string, string>([[type.baseObject, type.baseObject]]);
  let path = type.baseObject;
  for (const j of type.joins) {
    path = `${path}.${j.relationship}`;
    tables.set(j.object, path);
  }
  const body: ReportType = {
    baseObject: type.baseObject,
    category: type.category,
    deployed: true,
    description: type.description,
    join,
    label: type.label,
    sections: type.sections.map((section) => ({
      columns: section.fields.map((entry) => {
        const spec = typeof entry === 'string' ? { field: entry } : entry;
        return {
          checkedByDefault: spec.checkedByDefault ?? false,
          field: spec.field,
          table: tables.get(section.object)!
        };
      }),
      masterLabel: section.label
    }))
  };
  return [`${REPORT_TYPE_DIR}/${type.name}.reportType-meta.xml`, metadataXml('ReportType', body)];
}

export function renderReport(report: ReportSpec): [string, string] {
  const body: Partial<Report> = {
    columns: report.columns.map((c) => ({
      aggregateTypes: c.aggregate ? [c.aggregate] : [],
      field: c.field
    })),
    description: report.description,
    filter: report.filters?.length
      ? {
          criteriaItems: report.filters.map((f) => ({
            column: f.column,
            operator: f.operator,
            value: f.value
          }))
        }
      : undefined,
    format: report.format,
    groupingsDown: (report.groupingsDown ?? []).map((g) => ({
      dateGranularity: g.dateGranularity,
      field: g.field,
      sortOrder: g.sortOrder
    })),
    name: report.label,
    reportType: report.reportType,
    scope: 'organization',
    showDetails: report.format === 'Tabular',
    showGrandTotal: true,
    showSubTotals: true,
    timeFrameFilter: report.timeFrame
      ? { dateColumn: report.timeFrame.dateColumn, interval: report.timeFrame.interval }
      : undefined
  };
  return [`${REPORT_DIR}/${REPORT_FOLDER.name}/${report.name}.report-meta.xml`, metadataXml('Report', body)];
}

export function renderDashboard(dashboard: DashboardSpec): [string, string] {
  const span = 12 / Math.max(1, dashboard.components.length);
  const body: Partial<Dashboard> = {
    backgroundEndColor: '#FFFFFF',
    backgroundFadeDirection: 'Diagonal',
    backgroundStartColor: '#FFFFFF',
    dashboardGridLayout: {
      dashboardGridComponents: dashboard.components.map((c, i) => ({
        colSpan: span,
        columnIndex: i * span,
        dashboardComponent: {
          autoselectColumnsFromReport: true,
          chartAxisRange: c.type === 'Table' || c.type === 'Donut' ? undefined : 'Auto',
          componentType: c.type,
          footer: c.footer,
          header: c.title,
          report: `${REPORT_FOLDER.name}/${c.report}`,
          sortBy: 'RowValueDescending',
          title: c.title
        } as Dashboard['dashboardGridLayout'] extends infer L
          ? L extends { dashboardGridComponents: (infer G)[] }
            ? G extends { dashboardComponent: infer C }
              ? C
              : never
            : never
          : never,
        rowIndex: 0,
        rowSpan: 8
      })),
      numberOfColumns: 12,
      rowHeight: 36
    },
    dashboardType: 'LoggedInUser',
    description: dashboard.description,
    isGridLayout: true,
    textColor: '#000000',
    title: dashboard.title,
    titleColor: '#000000',
    titleSize: 12
  };
  return [
    `${DASHBOARD_DIR}/${REPORT_FOLDER.name}/${dashboard.name}.dashboard-meta.xml`,
    metadataXml('Dashboard', body)
  ];
}

function folder(kind: 'ReportFolder' | 'DashboardFolder'): [string, string] {
  const body: Partial<ReportFolder | DashboardFolder> = {
    name: REPORT_FOLDER.label,
    accessType: 'Public',
    publicFolderAccess: 'ReadOnly'
  };
  const dir = kind === 'ReportFolder' ? REPORT_DIR : DASHBOARD_DIR;
  const ext = kind === 'ReportFolder' ? 'reportFolder' : 'dashboardFolder';
  return [`${dir}/${REPORT_FOLDER.name}.${ext}-meta.xml`, metadataXml(kind, body)];
}

/** Every report type, report, dashboard and folder; throws when `validateReports` finds a problem. */
export function renderReports(
  objects: readonly ObjectSpec[] = schemaObjects,
  reportTypes: readonly ReportTypeSpec[] = schemaReportTypes,
  reports: readonly ReportSpec[] = schemaReports,
  dashboards: readonly DashboardSpec[] = schemaDashboards
): Array<[string, string]> {
  const problems = validateReports(objects, reportTypes, reports, dashboards);
  if (problems.length)
    throw new Error(`Report metadata names what the schema lacks:\n${problems.join('\n')}`);
  return [
    ...reportTypes.map(renderReportType),
    ...(reports.length ? [folder('ReportFolder'), ...reports.map(renderReport)] : []),
    ...(dashboards.length ? [folder('DashboardFolder'), ...dashboards.map(renderDashboard)] : [])
  ];
}
