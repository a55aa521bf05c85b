import { reportFormatsByKind, type CreateReportInput, type ReportFilter, type ReportFormat, type ReportKind, type StatusCategory } from '@pilotis/shared';

/** What the « Générer un rapport » dialog holds; empty strings are « not chosen ». */
export interface ReportRequestValues {
  kind: ReportKind;
  format: ReportFormat;
  planId: string;
  nodeId: string;
  actionId: string;
  indicatorId: string;
  orgUnitId: string;
  statusCategory: StatusCategory | '';
  flagship: boolean;
  tag: string;
}

/** Where a shortcut opens the dialog: its kind and subject already chosen. */
export type ReportPreset = Partial<Pick<ReportRequestValues, 'kind' | 'planId' | 'nodeId' | 'actionId' | 'indicatorId'>>;

export function initialReportValues(preset: ReportPreset = {}): ReportRequestValues {
  return { kind: 'plan-progress', format: 'pdf', planId: '', nodeId: '', actionId: '', indicatorId: '', orgUnitId: '', statusCategory: '', flagship: false, tag: '', ...preset };
}

/** A kind change keeps the format when the new kind comes in it, PDF otherwise. */
export function withKind(values: ReportRequestValues, kind: ReportKind): ReportRequestValues {
  return { ...values, kind, format: reportFormatsByKind[kind].includes(values.format) ? values.format : 'pdf' };
}

const opt = (value: string) => value || undefined;

/** The request body: only the fields the kind reads. */
export function toReportInput(values: ReportRequestValues): CreateReportInput {
  const filters: ReportFilter = {
    orgUnitId: opt(values.orgUnitId),
    flagship: values.flagship || undefined,
    tag: opt(values.tag.trim()),
  };
  const byKind: Record<ReportKind, ReportFilter> = {
    'plan-progress': { planId: opt(values.planId), nodeId: opt(values.nodeId), ...filters },
    'action-book': { planId: opt(values.planId), nodeId: opt(values.nodeId), statusCategory: values.statusCategory || undefined, ...filters },
    action: { actionId: opt(values.actionId) },
    indicator: { indicatorId: opt(values.indicatorId) },
  };
  const filter = Object.fromEntries(Object.entries(byKind[values.kind]).filter(([, v]) => v !== undefined)) as ReportFilter;
  return { kind: values.kind, format: values.format, filter };
}

/** Server issues (`filter.planId`, `format`) → the dialog's field names. */
export function fieldErrors(issues: Record<string, string>): Partial<Record<keyof ReportRequestValues, string>> {
  return Object.fromEntries(Object.entries(issues).map(([path, message]) => [path.replace(/^filter\./, ''), message]));
}
