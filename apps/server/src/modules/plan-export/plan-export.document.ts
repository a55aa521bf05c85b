import {
  bySiblingOrder,
  PLAN_EXPORT_FORMAT,
  PLAN_EXPORT_VERSION,
  type ExportedAction,
  type ExportedIndicator,
  type ExportedNode,
  type ExportedSubAction,
  type PlanExportDocument,
} from '@pilotis/shared';
import { groupBy } from '../../lib/group-by.js';
import type { IndicatorRow } from '../indicators/indicator.table.js';
import type { MeasureRow } from '../measures/measure.table.js';
import type { PlanNodeRow } from '../plan-nodes/plan-node.table.js';
import type { PlanRow } from '../plans/plan.table.js';
import type { ExportActionRow, ExportParts } from './plan-export.repository.js';

export const EXPORT_NOTICE =
  'Export complet du plan au format pilotis.plan (version 1). Les annexes sont décrites sans leur contenu : ' +
  'les liens sont conservés, les fichiers ne sont pas inclus. Personnes désignées par leur adresse e-mail, ' +
  'directions et services par leur chemin de noms, indicateurs par leur code.';

/** Everything read from the database for one export, already limited to what the actor may read. */
export interface ExportRows {
  organizationName: string;
  plan: PlanRow;
  nodes: PlanNodeRow[];
  nodeCodes: Map<string, string>;
  actions: ExportActionRow[];
  copilots: { actionId: string; userId: string }[];
  units: { actionId: string; orgUnitId: string }[];
  /** Links to nodes of other plans, with that node's code and title there. */
  links: { actionId: string; planName: string; code: string; title: string }[];
  parts: ExportParts;
  indicators: IndicatorRow[];
  indicatorParts: {
    pilots: { indicatorId: string; userId: string }[];
    targets: { indicatorId: string; period: string; value: number; valueMax: number | null }[];
    nodeLinks: { indicatorId: string; nodeId: string }[];
    actionLinks: { indicatorId: string; actionId: string }[];
    measures: MeasureRow[];
  };
  /** id → e-mail and name of everyone referenced. */
  people: Map<string, { email: string; name: string }>;
  /** id → names from the top of the org tree down to the unit. */
  unitPaths: Map<string, string[]>;
  exportedAt: Date;
}

/** The ids every part refers to, so the people can be read in one query. */
export function referencedUserIds(rows: Omit<ExportRows, 'people' | 'unitPaths' | 'organizationName' | 'exportedAt'>): string[] {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => id && ids.add(id);
  for (const { action } of rows.actions) [action.pilotId, action.eluId].forEach(add);
  rows.copilots.forEach((c) => add(c.userId));
  rows.parts.tasks.forEach((t) => add(t.assigneeId));
  rows.parts.log.forEach((l) => add(l.authorId));
  rows.parts.attachments.forEach((a) => add(a.uploadedById));
  rows.indicatorParts.pilots.forEach((p) => add(p.userId));
  rows.indicatorParts.measures.forEach((m) => [m.enteredById, m.validatedById].forEach(add));
  return [...ids];
}

/** Paths of names of every unit (a unit whose parent is missing starts its own path). */
export function unitPathsOf(units: { id: string; parentId: string | null; name: string }[]): Map<string, string[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const paths = new Map<string, string[]>();
  const pathOf = (id: string, seen: Set<string>): string[] => {
    const known = paths.get(id);
    if (known) return known;
    const unit = byId.get(id)!;
    const parent = unit.parentId && byId.has(unit.parentId) && !seen.has(unit.parentId) ? pathOf(unit.parentId, seen.add(id)) : [];
    const path = [...parent, unit.name];
    paths.set(id, path);
    return path;
  };
  for (const unit of units) pathOf(unit.id, new Set());
  return paths;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The whole « pilotis.plan » document, from rows already filtered for the actor. */
export function buildPlanDocument(rows: ExportRows): PlanExportDocument {
  const email = (id: string | null) => (id ? (rows.people.get(id)?.email ?? null) : null);
  const unit = (id: string | null) => (id ? (rows.unitPaths.get(id) ?? null) : null);
  const codes = actionCodes(rows);
  const parts = {
    copilots: groupBy(rows.copilots, (r) => r.actionId),
    units: groupBy(rows.units, (r) => r.actionId),
    links: groupBy(rows.links, (r) => r.actionId),
    milestones: groupBy(rows.parts.milestones, (r) => r.actionId),
    tasks: groupBy(rows.parts.tasks, (r) => r.actionId),
    budget: groupBy(rows.parts.budget, (r) => r.actionId),
    attachments: groupBy(rows.parts.attachments, (r) => r.ownerId),
    log: groupBy(rows.parts.log, (r) => r.actionId),
  };

  const fiche = ({ action, statusLabel, category }: ExportActionRow): ExportedSubAction => ({
    code: codes.get(action.id)!,
    title: action.title,
    description: action.description,
    objectives: action.objectives,
    expectedResults: action.expectedResults,
    pilot: email(action.pilotId),
    copilots: (parts.copilots.get(action.id) ?? []).map((c) => email(c.userId)).filter((e): e is string => !!e).sort(),
    elu: email(action.eluId),
    leadOrgUnit: unit(action.leadOrgUnitId),
    orgUnits: (parts.units.get(action.id) ?? []).map((u) => unit(u.orgUnitId)).filter((p): p is string[] => !!p).sort(comparePaths),
    partners: action.partners,
    status: { label: statusLabel, category },
    weather: action.weather,
    progress: action.progress,
    progressMode: action.progressMode,
    startsOn: action.startsOn,
    endsOn: action.endsOn,
    priority: action.priority,
    flagship: action.flagship,
    tags: action.tags,
    visibility: action.visibility,
    weight: action.weight,
    linkedNodes: (parts.links.get(action.id) ?? [])
      .map((l) => ({ plan: l.planName, node: l.code, title: l.title }))
      .sort((a, b) => a.plan.localeCompare(b.plan, 'fr') || a.node.localeCompare(b.node, 'fr', { numeric: true })),
    mergedInto: action.mergedIntoId ? (codes.get(action.mergedIntoId) ?? null) : null,
    milestones: (parts.milestones.get(action.id) ?? []).map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
    tasks: (parts.tasks.get(action.id) ?? []).map((t) => ({ title: t.title, assignee: email(t.assigneeId), dueOn: t.dueOn, done: t.done })),
    log: (parts.log.get(action.id) ?? []).map((l) => ({ occurredOn: l.occurredOn, author: email(l.authorId), body: l.body, createdAt: iso(l.createdAt) })),
    budget: (parts.budget.get(action.id) ?? []).map((b) => ({
      year: b.year,
      nature: b.nature,
      plannedCents: b.plannedCents,
      committedCents: b.committedCents,
      spentCents: b.spentCents,
    })),
    attachments: (parts.attachments.get(action.id) ?? []).map((a) => ({
      kind: a.kind,
      name: a.name,
      url: a.kind === 'link' ? a.url : null,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      uploadedBy: email(a.uploadedById),
      createdAt: iso(a.createdAt),
    })),
  });

  const exported = new Set(rows.actions.map((r) => r.action.id));
  const subs = groupBy(
    rows.actions.filter((r) => r.action.parentActionId && exported.has(r.action.parentActionId)),
    (r) => r.action.parentActionId!,
  );
  // A sub-action whose parent the actor may not read stands on its own.
  const tops = rows.actions.filter((r) => !r.action.parentActionId || !exported.has(r.action.parentActionId));
  const actions: ExportedAction[] = sortByCode(tops, codes).map((row) => ({
    ...fiche(row),
    node: rows.nodeCodes.get(row.action.nodeId) ?? '?',
    subActions: sortByCode(subs.get(row.action.id) ?? [], codes).map(fiche),
  }));

  const statuses = new Map(rows.actions.map((r) => [r.statusLabel, { label: r.statusLabel, category: r.category }]));
  return {
    format: PLAN_EXPORT_FORMAT,
    version: PLAN_EXPORT_VERSION,
    exportedAt: rows.exportedAt.toISOString(),
    source: { application: 'Pilotis', organization: rows.organizationName },
    notice: EXPORT_NOTICE,
    plan: {
      name: rows.plan.name,
      kind: rows.plan.kind,
      description: rows.plan.description,
      startsOn: rows.plan.startsOn,
      endsOn: rows.plan.endsOn,
      state: rows.plan.state,
      levelNames: rows.plan.levelNames,
    },
    people: [...rows.people.values()].map((p) => ({ email: p.email, name: p.name })).sort((a, b) => a.email.localeCompare(b.email)),
    statuses: [...statuses.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    nodes: nodeTree(rows.nodes, rows.nodeCodes, unit),
    actions,
    indicators: exportedIndicators(rows, codes, email, unit),
  };
}

const comparePaths = (a: string[], b: string[]) => a.join('\u0000').localeCompare(b.join('\u0000'), 'fr');
const compareCodes = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
/** Code order (1.2 before 1.10), with each code split once: thousands of fiches are sorted per export. */
function sortByCode(list: ExportActionRow[], codes: Map<string, string>) {
  const keyed = list.map((row) => ({ row, key: codes.get(row.action.id)!.split('.').map((part) => (part === '?' ? -1 : Number(part))) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
      const d = (a.key[i] ?? -2) - (b.key[i] ?? -2);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

/** Codes of the exported fiches: their node's code, their parent's rank, their rank (action-code.ts). */
export function actionCodes(rows: Pick<ExportRows, 'actions' | 'nodeCodes'>): Map<string, string> {
  const rank = new Map(rows.actions.map((r) => [r.action.id, r.rank]));
  return new Map(
    rows.actions.map(({ action, rank: own }) => {
      const node = rows.nodeCodes.get(action.nodeId) ?? '?';
      if (!action.parentActionId) return [action.id, `${node}.${own}`];
      return [action.id, `${node}.${rank.get(action.parentActionId) ?? '?'}.${own}`];
    }),
  );
}

function nodeTree(nodes: PlanNodeRow[], codes: Map<string, string>, unit: (id: string | null) => string[] | null): ExportedNode[] {
  const children = groupBy(nodes, (n) => n.parentId ?? '');
  const build = (parentId: string): ExportedNode[] =>
    [...(children.get(parentId) ?? [])].sort(bySiblingOrder).map((node) => ({
      code: codes.get(node.id) ?? '?',
      title: node.title,
      description: node.description,
      leadOrgUnit: unit(node.leadOrgUnitId),
      children: build(node.id),
    }));
  return build('');
}

function exportedIndicators(
  rows: ExportRows,
  codes: Map<string, string>,
  email: (id: string | null) => string | null,
  unit: (id: string | null) => string[] | null,
): ExportedIndicator[] {
  const p = rows.indicatorParts;
  const pilots = groupBy(p.pilots, (r) => r.indicatorId);
  const targets = groupBy(p.targets, (r) => r.indicatorId);
  const nodeLinks = groupBy(p.nodeLinks, (r) => r.indicatorId);
  const actionLinks = groupBy(p.actionLinks, (r) => r.indicatorId);
  const measures = groupBy(p.measures, (r) => r.indicatorId);
  const result: ExportedIndicator[] = [];
  for (const indicator of rows.indicators) {
    // Only links to this plan's nodes and to fiches in the document: nothing points outside it.
    const nodes = (nodeLinks.get(indicator.id) ?? []).map((l) => rows.nodeCodes.get(l.nodeId)).filter((c): c is string => !!c);
    const actions = (actionLinks.get(indicator.id) ?? []).map((l) => codes.get(l.actionId)).filter((c): c is string => !!c);
    if (nodes.length === 0 && actions.length === 0) continue;
    result.push({
      code: indicator.code,
      name: indicator.name,
      description: indicator.description,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      periodicity: indicator.periodicity,
      kind: indicator.kind,
      ownerOrgUnit: unit(indicator.ownerOrgUnitId),
      pilots: (pilots.get(indicator.id) ?? []).map((r) => email(r.userId)).filter((e): e is string => !!e).sort(),
      source: indicator.source,
      method: indicator.method,
      visibility: indicator.visibility,
      baselinePeriod: indicator.baselinePeriod,
      baselineValue: indicator.baselineValue,
      thresholds: indicator.thresholds,
      formula: indicator.formula,
      requiresValidation: indicator.requiresValidation,
      nodes: nodes.sort(compareCodes),
      actions: actions.sort(compareCodes),
      targets: (targets.get(indicator.id) ?? []).map((t) => ({ period: t.period, value: t.value, valueMax: t.valueMax })),
      measures: (measures.get(indicator.id) ?? []).map((m) => ({
        period: m.period,
        value: m.value,
        comment: m.comment,
        state: m.state,
        source: m.source,
        enteredBy: email(m.enteredById),
        enteredAt: iso(m.enteredAt),
        validatedBy: email(m.validatedById),
        validatedAt: iso(m.validatedAt),
      })),
    });
  }
  return result;
}
