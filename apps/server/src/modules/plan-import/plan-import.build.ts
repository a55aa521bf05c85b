/**
 * A parsed file + the collectivité's references + the user's choices → the rows to write and the
 * preview shown before. One function for both, so the preview counts exactly what the job writes.
 */
import type { PlanImportFields, PlanImportPreview, PlanImportProblem } from '@pilotis/shared';
import { newId, newSortableId } from '../../lib/tokens.js';
import { foldForSearch } from '../actions/action.search.js';
import type { ParsedAction, ParsedPlan } from './plan-import.model.js';
import type { ImportReferences, ImportRows } from './plan-import.repository.js';
import { resolveTexts } from './plan-import.resolve.js';

export interface BuildInput {
  parsed: ParsedPlan;
  refs: ImportReferences;
  fields: PlanImportFields;
  organizationId: string;
  userId: string;
  now: Date;
  /** Year of a TeT total budget when neither the action nor the plan has a start date. */
  currentYear: number;
}

const NODES_SHOWN = 400;
const PROBLEMS_SHOWN = 2000;

export function buildImport(input: BuildInput): { rows: ImportRows; preview: PlanImportPreview } {
  const { parsed, refs, fields, organizationId, userId, now } = input;
  const resolution = resolveTexts(parsed, refs, fields.mapping ?? {});
  const planId = newId();
  const nodeIds = new Map(parsed.nodes.map((n) => [n.key, newId()]));
  const actionIds = new Map(parsed.actions.map((a) => [a.key, newId()]));
  const base = { organizationId, createdAt: now, updatedAt: now };

  const nodeLevels: ImportRows['nodeLevels'] = parsed.levelNames.map(() => []);
  for (const node of parsed.nodes) {
    nodeLevels[node.depth]!.push({ ...base, id: nodeIds.get(node.key)!, planId, parentId: node.parentKey ? nodeIds.get(node.parentKey)! : null, title: node.title, position: node.position });
  }

  const rows: ImportRows = {
    plan: { ...base, id: planId, name: fields.name ?? '', kind: fields.kind ?? 'mandate', description: fields.description ?? '', startsOn: fields.startsOn ?? null, endsOn: fields.endsOn ?? null, state: 'draft', levelNames: parsed.levelNames },
    member: { organizationId, planId, userId, role: 'manager', createdAt: now },
    nodeLevels,
    actions: [],
    copilots: [],
    budgets: [],
    indicatorLinks: [],
    events: [],
  };
  const event = (entityType: string, entityId: string, action: string, after: Record<string, unknown>) =>
    rows.events.push({ id: newSortableId(), organizationId, actorUserId: userId, entityType, entityId, action, changes: createdFields(after), at: now });
  event('plan', planId, 'create', { ...rows.plan, id: undefined, organizationId: undefined, createdAt: undefined, updatedAt: undefined, importedFrom: parsed.templateKind });
  event('plan', planId, 'addMember', { userId, role: 'manager' });

  const budgetKeys = new Set(parsed.budgets.map((b) => `${b.actionKey}|${b.year}|${b.nature}`));
  for (const action of parsed.actions) {
    const id = actionIds.get(action.key)!;
    const row = actionRow(action, resolution, { organizationId, now, id, planId, nodeId: nodeIds.get(action.nodeKey)!, parentActionId: action.parentKey ? actionIds.get(action.parentKey)! : null });
    rows.actions.push(row);
    const copilotIds = [...new Set(action.copilots.map(resolution.person).filter((u): u is string => !!u && u !== row.pilotId))];
    for (const copilot of copilotIds) rows.copilots.push({ organizationId, actionId: id, userId: copilot });
    for (const indicatorId of new Set(action.indicators.map(resolution.indicator).filter((i): i is string => !!i))) rows.indicatorLinks.push({ organizationId, actionId: id, indicatorId });
    if (action.budgetTotalCents !== null) {
      const year = Number((action.startsOn ?? fields.startsOn ?? String(input.currentYear)).slice(0, 4));
      if (!budgetKeys.has(`${action.key}|${year}|investment`)) {
        rows.budgets.push({ organizationId, createdAt: now, updatedAt: now, id: newId(), actionId: id, year, nature: 'investment', plannedCents: action.budgetTotalCents, committedCents: 0, spentCents: 0 });
      }
    }
    event('action', id, 'create', auditedOf(row, copilotIds.sort(), action.line));
  }
  for (const b of parsed.budgets) {
    rows.budgets.push({ organizationId, createdAt: now, updatedAt: now, id: newId(), actionId: actionIds.get(b.actionKey)!, year: b.year, nature: b.nature, plannedCents: b.plannedCents, committedCents: b.committedCents, spentCents: b.spentCents });
  }
  const problems = sortProblems(parsed, [...parsed.problems, ...resolution.problems]);
  return { rows, preview: previewOf(parsed, rows, problems, resolution) };
}

/** What diffFields(null, after) gives, without comparing JSON texts 6,000 times: every field that has a value. */
function createdFields(after: Record<string, unknown>) {
  const changes: Record<string, { before: null; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) if (value !== null && value !== undefined) changes[key] = { before: null, after: value instanceof Date ? value.toISOString() : value };
  return changes;
}

type ActionInsert = ImportRows['actions'][number];

/** The history of a created fiche: its fields as a regular creation records them (objects written out: see emptyAction). */
const auditedOf = (row: ActionInsert, copilotIds: string[], line: number) => ({
  nodeId: row.nodeId,
  parentActionId: row.parentActionId,
  position: row.position,
  title: row.title,
  description: row.description,
  objectives: row.objectives,
  expectedResults: row.expectedResults,
  pilotId: row.pilotId,
  copilotIds,
  eluId: row.eluId,
  leadOrgUnitId: row.leadOrgUnitId,
  partners: row.partners,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  priority: row.priority,
  flagship: row.flagship,
  tags: row.tags,
  statusId: row.statusId,
  weather: row.weather,
  progress: row.progress,
  importedFromLine: line,
});

interface RowIds {
  organizationId: string;
  now: Date;
  id: string;
  planId: string;
  nodeId: string;
  parentActionId: string | null;
}

function actionRow(action: ParsedAction, resolution: ReturnType<typeof resolveTexts>, ids: RowIds): ActionInsert {
  const unitId = action.orgUnit ? resolution.unit(action.orgUnit) : null;
  // An unknown unit's name stays readable in the fiche rather than being dropped.
  const description = action.orgUnit && !unitId ? [action.description, `${action.orgUnit.column} :\n${action.orgUnit.text}`].filter(Boolean).join('\n\n') : action.description;
  const row = {
    id: ids.id,
    organizationId: ids.organizationId,
    planId: ids.planId,
    nodeId: ids.nodeId,
    parentActionId: ids.parentActionId,
    createdAt: ids.now,
    updatedAt: ids.now,
    position: action.position,
    title: action.title,
    description,
    objectives: action.objectives,
    expectedResults: action.expectedResults,
    pilotId: action.pilots[0] ? resolution.person(action.pilots[0]) : null,
    eluId: action.elu ? resolution.person(action.elu) : null,
    leadOrgUnitId: unitId,
    partners: action.partners,
    startsOn: action.startsOn,
    endsOn: action.endsOn,
    priority: action.priority ?? 'normal',
    flagship: action.flagship ?? false,
    tags: action.tags,
    statusId: resolution.status(action.status) ?? '',
    weather: action.weather,
    progress: action.progress ?? 0,
    searchText: foldForSearch([action.title, description, action.objectives, action.expectedResults].join('\n')),
  };
  return row;
}

function sortProblems(parsed: ParsedPlan, problems: PlanImportProblem[]) {
  const sheetOrder = (sheet: string) => (sheet === parsed.sheet ? 0 : 1);
  return problems.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function previewOf(parsed: ParsedPlan, rows: ImportRows, problems: PlanImportProblem[], resolution: ReturnType<typeof resolveTexts>): PlanImportPreview {
  const children = new Map<string | null, ParsedPlan['nodes']>();
  for (const node of parsed.nodes) children.set(node.parentKey, [...(children.get(node.parentKey) ?? []), node]);
  const actionsPerNode = new Map<string, number>();
  for (const a of parsed.actions) if (!a.parentKey) actionsPerNode.set(a.nodeKey, (actionsPerNode.get(a.nodeKey) ?? 0) + 1);
  const nodes: PlanImportPreview['nodes'] = [];
  const walk = (parentKey: string | null, prefix: string) => {
    for (const node of [...(children.get(parentKey) ?? [])].sort((a, b) => a.position - b.position)) {
      const code = `${prefix}${node.position + 1}`;
      if (nodes.length < NODES_SHOWN) nodes.push({ code, title: node.title, depth: node.depth, actions: actionsPerNode.get(node.key) ?? 0 });
      walk(node.key, `${code}.`);
    }
  };
  walk(null, '');
  const subActions = parsed.actions.filter((a) => a.parentKey).length;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    templateKind: parsed.templateKind,
    sheet: parsed.sheet,
    levelNames: parsed.levelNames,
    levels: parsed.levelNames.map((name, depth) => ({ name, count: rows.nodeLevels[depth]!.length })),
    nodes,
    nodesShown: nodes.length,
    counts: { nodes: parsed.nodes.length, actions: parsed.actions.length - subActions, subActions, budgetLines: rows.budgets.length, indicatorLinks: rows.indicatorLinks.length },
    people: resolution.people,
    statuses: resolution.statuses,
    problems: problems.slice(0, PROBLEMS_SHOWN),
    notes: notesOf(parsed, problems.length),
    ready: errors === 0,
  };
}

function notesOf(parsed: ParsedPlan, problemCount: number) {
  const notes = [
    parsed.templateKind === 'tet'
      ? 'Modèle Territoires en Transitions reconnu : Axe, Sous-axe et Sous-sous axe deviennent les niveaux du plan ; une ligne avec un « Titre de la sous-action » devient une sous-action de l’action du même titre.'
      : `Colonnes des niveaux du plan : ${parsed.levelNames.join(', ')}.`,
    'Une personne introuvable (ni par son e-mail ni par son nom) : la fiche est importée sans elle, sauf si vous la choisissez ci-dessous.',
    'Un statut introuvable bloque l’import tant qu’il n’est pas associé à un statut de la collectivité ; une fiche sans statut prend le premier statut « non commencé ».',
  ];
  if (parsed.templateKind === 'tet') {
    notes.push(
      'Financeurs et montants : listés dans la description de la fiche, sous « Financeurs ». Le budget prévisionnel total (à défaut, la somme des montants) devient une ligne de budget prévue en investissement, l’année de début de l’action (sinon du plan, sinon l’année en cours).',
      'Structure pilote : ajoutée aux partenaires. Instances de gouvernance, moyens, participation citoyenne et autres colonnes : ajoutées à la description sous leur titre.',
    );
  }
  if (problemCount > PROBLEMS_SHOWN) notes.push(`${problemCount} problèmes : les ${PROBLEMS_SHOWN} premiers sont affichés.`);
  return notes;
}
