import type { ExportedIndicator, ExportedNode, ExportedSubAction, PlanExportDocument } from '@pilotis/shared';
import { parseFormula } from '@pilotis/shared';
import { newId, newSortableId } from '../../lib/tokens.js';
import { foldForSearch } from '../actions/action.search.js';
import { sanitizeLogText } from '../actions/parts/log-text.js';
import { diffFields } from '../audit/audit.diff.js';
import type { ImportRows } from './plan-json-import.repository.js';
import type { Resolution } from './plan-json-import.resolve.js';

export interface RowsContext {
  organizationId: string;
  actorUserId: string;
  now: Date;
  resolution: Resolution;
}

/** A timestamp of the document, or `fallback` when it is missing or unreadable. */
const dateOr = (text: string | null, fallback: Date) => {
  const date = text ? new Date(text) : null;
  return date && !Number.isNaN(date.getTime()) ? date : fallback;
};
/** `now` plus i ms: rows whose order follows their creation (tasks) keep the document's order. */
const tick = (now: Date, i: number) => new Date(now.getTime() + i);

/**
 * Every row of the new plan, with fresh ids: positions follow the document's order (so codes come
 * out the same), people, units, statuses and indicators as resolved, and one history event per
 * created plan, fiche, status and indicator.
 */
export function buildImportRows(document: PlanExportDocument, c: RowsContext): { rows: ImportRows; planId: string; counts: { indicatorsCreated: number; indicatorsLinked: number; measures: number } } {
  const { organizationId, now, resolution: r } = c;
  const scope = { organizationId };
  const audit = (entityType: string, entityId: string, after: Record<string, unknown>) => ({
    id: newSortableId(),
    organizationId,
    actorUserId: c.actorUserId,
    entityType,
    entityId,
    action: 'create',
    changes: diffFields(null, after),
    at: now,
  });
  const planId = newId();
  const rows: ImportRows = {
    statuses: r.newStatuses,
    plan: { id: planId, ...scope, ...document.plan, createdAt: now, updatedAt: now },
    member: { ...scope, planId, userId: c.actorUserId, role: 'manager', createdAt: now },
    nodes: [],
    actions: [],
    merges: [],
    copilots: [],
    units: [],
    nodeLinks: [],
    milestones: [],
    tasks: [],
    log: [],
    budget: [],
    attachments: [],
    indicators: [],
    indicatorPilots: [],
    indicatorInputs: [],
    targets: [],
    measures: [],
    indicatorNodeLinks: [],
    indicatorActionLinks: [],
    audit: [],
  };
  rows.audit.push(audit('plan', planId, { name: document.plan.name, kind: document.plan.kind, state: document.plan.state, importedFrom: document.source.organization }));
  rows.statuses.forEach((s) => rows.audit.push(audit('status', s.id!, { label: s.label, category: s.category })));

  const nodeIds = new Map<string, string>();
  const addNodes = (list: ExportedNode[], parentId: string | null) =>
    list.forEach((node, position) => {
      const id = newId();
      nodeIds.set(node.code, id);
      rows.nodes.push({ id, ...scope, planId, parentId, title: node.title, description: node.description, position, leadOrgUnitId: r.unitId(node.leadOrgUnit), createdAt: now, updatedAt: now });
      addNodes(node.children, id);
    });
  addNodes(document.nodes, null);

  const actionIds = new Map<string, string>();
  const positions = new Map<string, number>();
  const addFiche = (fiche: ExportedSubAction, nodeId: string, parentActionId: string | null) => {
    const id = newId();
    actionIds.set(fiche.code, id);
    const siblings = parentActionId ?? nodeId;
    const position = positions.get(siblings) ?? 0;
    positions.set(siblings, position + 1);
    rows.actions.push(actionRow(fiche, { id, planId, nodeId, parentActionId, position }, c));
    addParts(rows, fiche, id, c);
    rows.audit.push(audit('action', id, { title: fiche.title, nodeId, parentActionId, importedFrom: fiche.code }));
  };
  for (const action of document.actions) {
    const nodeId = nodeIds.get(action.node)!;
    addFiche(action, nodeId, null);
    for (const sub of action.subActions) addFiche(sub, nodeId, actionIds.get(action.code)!);
  }
  for (const fiche of document.actions.flatMap((a): ExportedSubAction[] => [a, ...a.subActions])) {
    if (fiche.mergedInto) rows.merges.push({ id: actionIds.get(fiche.code)!, mergedIntoId: actionIds.get(fiche.mergedInto)! });
  }
  const counts = addIndicators(rows, document.indicators, { nodeIds, actionIds, audit }, c);
  return { rows, planId, counts };
}

function actionRow(fiche: ExportedSubAction, place: { id: string; planId: string; nodeId: string; parentActionId: string | null; position: number }, c: RowsContext) {
  const r = c.resolution;
  return {
    ...place,
    organizationId: c.organizationId,
    title: fiche.title,
    description: fiche.description,
    objectives: fiche.objectives,
    expectedResults: fiche.expectedResults,
    pilotId: r.personId(fiche.pilot),
    eluId: r.personId(fiche.elu),
    leadOrgUnitId: r.unitId(fiche.leadOrgUnit),
    partners: fiche.partners,
    startsOn: fiche.startsOn,
    endsOn: fiche.endsOn,
    priority: fiche.priority,
    flagship: fiche.flagship,
    tags: fiche.tags,
    visibility: fiche.visibility,
    weight: fiche.weight,
    statusId: r.statusId(fiche.status.label),
    weather: fiche.weather,
    progress: fiche.progress,
    progressMode: fiche.progressMode,
    // As refreshSearchText builds it: title, texts, then the journal oldest first.
    searchText: foldForSearch(
      [fiche.title, fiche.description, fiche.objectives, fiche.expectedResults, ...[...fiche.log].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)).map((l) => sanitizeLogText(l.body))].join('\n'),
    ),
    createdAt: c.now,
    updatedAt: c.now,
  };
}

function addParts(rows: ImportRows, fiche: ExportedSubAction, actionId: string, c: RowsContext) {
  const { organizationId, now, resolution: r } = c;
  const base = { organizationId, actionId };
  const ids = (list: (string | null)[]) => [...new Set(list.filter((id): id is string => !!id))];
  ids(fiche.copilots.map(r.personId)).forEach((userId) => rows.copilots.push({ ...base, userId }));
  ids(fiche.orgUnits.map(r.unitId)).forEach((orgUnitId) => rows.units.push({ ...base, orgUnitId }));
  ids(fiche.linkedNodes.map(r.linkedNodeId)).forEach((nodeId) => rows.nodeLinks.push({ ...base, nodeId }));
  fiche.milestones.forEach((m, position) => rows.milestones.push({ id: newId(), ...base, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, position, createdAt: now, updatedAt: now }));
  fiche.tasks.forEach((t, i) =>
    rows.tasks.push({ id: newId(), ...base, title: t.title, assigneeId: r.personId(t.assignee), dueOn: t.dueOn, done: t.done, createdAt: tick(now, i), updatedAt: now }),
  );
  // A file from elsewhere is cleaned as the journal's own form cleans (no HTML, only web links).
  fiche.log.forEach((l, i) => {
    const body = sanitizeLogText(l.body);
    if (body) rows.log.push({ id: newId(), ...base, authorId: r.personId(l.author), occurredOn: l.occurredOn, body, createdAt: dateOr(l.createdAt, tick(now, i)), updatedAt: now });
  });
  fiche.budget.forEach((b) => rows.budget.push({ id: newId(), ...base, ...b, createdAt: now, updatedAt: now }));
  // Files are not in the document: only links come back.
  fiche.attachments
    .filter((a) => a.kind === 'link' && a.url)
    .forEach((a, i) =>
      rows.attachments.push({
        id: newId(),
        organizationId,
        ownerType: 'action',
        ownerId: actionId,
        kind: 'link',
        name: a.name,
        url: a.url,
        mimeType: null,
        sizeBytes: null,
        storageKey: null,
        uploadedById: r.personId(a.uploadedBy),
        createdAt: dateOr(a.createdAt, tick(now, i)),
      }),
    );
}

type IndicatorIds = { nodeIds: Map<string, string>; actionIds: Map<string, string>; audit: (type: string, id: string, after: Record<string, unknown>) => ImportRows['audit'][number] };

function addIndicators(rows: ImportRows, list: ExportedIndicator[], refs: IndicatorIds, c: RowsContext) {
  const { organizationId, now, resolution: r } = c;
  const ids = new Map(r.existingIndicators);
  const created = list.filter((i) => !r.existingIndicators.has(i.code));
  for (const indicator of created) ids.set(indicator.code, newId());
  let measureCount = 0;
  for (const indicator of created) {
    const id = ids.get(indicator.code)!;
    const formula = r.keptFormulas.has(indicator.code) ? indicator.formula : null;
    const { nodes: _n, actions: _a, targets, measures, pilots, ownerOrgUnit, ...fields } = indicator;
    rows.indicators.push({ ...fields, id, organizationId, formula, ownerOrgUnitId: r.unitId(ownerOrgUnit), createdAt: now, updatedAt: now });
    rows.audit.push(refs.audit('indicator', id, { code: indicator.code, name: indicator.name, importedWithPlan: rows.plan.name }));
    [...new Set(pilots.map(r.personId).filter((p): p is string => !!p))].forEach((userId) => rows.indicatorPilots.push({ organizationId, indicatorId: id, userId }));
    if (formula) {
      const parsed = parseFormula(formula);
      const inputs = parsed.ok ? [...new Set(parsed.refs.map((ref) => ids.get(ref.toUpperCase())).filter((x): x is string => !!x))] : [];
      inputs.forEach((inputId) => rows.indicatorInputs.push({ organizationId, indicatorId: id, inputId }));
    }
    targets.forEach((t) => rows.targets.push({ organizationId, indicatorId: id, ...t }));
    for (const m of measures) {
      measureCount++;
      rows.measures.push({
        id: newId(),
        organizationId,
        indicatorId: id,
        period: m.period,
        value: m.value,
        comment: m.comment,
        state: m.state,
        source: m.source,
        enteredById: r.personId(m.enteredBy),
        enteredAt: dateOr(m.enteredAt, now),
        validatedById: r.personId(m.validatedBy),
        validatedAt: m.validatedAt ? dateOr(m.validatedAt, now) : null,
      });
    }
  }
  for (const indicator of list) {
    const indicatorId = ids.get(indicator.code)!;
    indicator.nodes.forEach((code) => rows.indicatorNodeLinks.push({ organizationId, indicatorId, nodeId: refs.nodeIds.get(code)! }));
    indicator.actions.forEach((code) => rows.indicatorActionLinks.push({ organizationId, indicatorId, actionId: refs.actionIds.get(code)! }));
  }
  return { indicatorsCreated: created.length, indicatorsLinked: list.length - created.length, measures: measureCount };
}
