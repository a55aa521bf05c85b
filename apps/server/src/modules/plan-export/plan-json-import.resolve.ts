import { parseFormula, type PlanExportDocument, type PlanImportIssue, type PlanImportResult } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { newId } from '../../lib/tokens.js';
import { codesOfNodes } from '../actions/action-code.js';
import { listPlanNodes } from '../actions/action.repository.js';
import { findIndicatorsByCodes } from '../indicators/indicator.repository.js';
import { listOrgUnits } from '../org-units/org-unit.repository.js';
import { listStatuses, nextStatusPosition } from '../statuses/status.repository.js';
import type { statuses } from '../statuses/status.table.js';
import { unitPathsOf } from './plan-export.document.js';
import { flatFiches, flatNodes, foldName, pathKey, pathLabel } from './plan-json-import.check.js';
import { findMembersByEmails, findPlansByNames } from './plan-json-import.repository.js';

/** How the document's references land in the collectivité: ids of people, units, statuses, indicators and other plans' nodes. */
export interface Resolution {
  personId: (email: string | null) => string | null;
  unitId: (path: string[] | null) => string | null;
  statusId: (label: string) => string;
  newStatuses: (typeof statuses.$inferInsert)[];
  /** Existing indicators by code; those missing are created by the import. */
  existingIndicators: Map<string, string>;
  /** Codes of created indicators whose formula can be kept (every input found). */
  keptFormulas: Set<string>;
  linkedNodeId: (link: { plan: string; node: string }) => string | null;
  warnings: PlanImportIssue[];
  unmatched: PlanImportResult['unmatched'];
}

type Scope = { organizationId: string };

/** Every e-mail the document names. */
function emailsOf(document: PlanExportDocument): string[] {
  const emails = new Set<string>();
  const add = (e: string | null) => e && emails.add(e);
  for (const { fiche } of flatFiches(document)) {
    [fiche.pilot, fiche.elu, ...fiche.copilots].forEach(add);
    fiche.tasks.forEach((t) => add(t.assignee));
    fiche.log.forEach((l) => add(l.author));
    fiche.attachments.forEach((a) => add(a.uploadedBy));
  }
  for (const indicator of document.indicators) {
    indicator.pilots.forEach(add);
    indicator.measures.forEach((m) => [m.enteredBy, m.validatedBy].forEach(add));
  }
  return [...emails].sort();
}

/** Every org unit path the document names. */
function unitPathsIn(document: PlanExportDocument): string[][] {
  const paths: string[][] = [];
  flatNodes(document.nodes).forEach(({ node }) => node.leadOrgUnit && paths.push(node.leadOrgUnit));
  for (const { fiche } of flatFiches(document)) {
    if (fiche.leadOrgUnit) paths.push(fiche.leadOrgUnit);
    paths.push(...fiche.orgUnits);
  }
  document.indicators.forEach((i) => i.ownerOrgUnit && paths.push(i.ownerOrgUnit));
  return paths;
}

async function resolvePeople(db: DbOrTx, scope: Scope, document: PlanExportDocument) {
  const emails = emailsOf(document);
  const found = new Map((await findMembersByEmails(db, { ...scope, emails })).map((m) => [m.email, m.id]));
  return { personId: (email: string | null) => (email ? (found.get(email) ?? null) : null), unmatched: emails.filter((e) => !found.has(e)) };
}

/** By the whole path of names first; else by its last name, when exactly one unit bears it. */
async function resolveUnits(db: DbOrTx, scope: Scope, document: PlanExportDocument) {
  const units = await listOrgUnits(db, scope);
  const byPath = new Map([...unitPathsOf(units)].map(([id, path]) => [pathKey(path), id]));
  const byName = new Map<string, string[]>();
  for (const unit of units) byName.set(foldName(unit.name), [...(byName.get(foldName(unit.name)) ?? []), unit.id]);
  const resolved = new Map<string, string | null>();
  const unmatched = new Set<string>();
  for (const path of unitPathsIn(document)) {
    const key = pathKey(path);
    if (resolved.has(key)) continue;
    const sameName = byName.get(foldName(path[path.length - 1]!)) ?? [];
    const id = byPath.get(key) ?? (sameName.length === 1 ? sameName[0]! : null);
    resolved.set(key, id);
    if (!id) unmatched.add(pathLabel(path));
  }
  return { unitId: (path: string[] | null) => (path ? (resolved.get(pathKey(path)) ?? null) : null), unmatched: [...unmatched].sort() };
}

async function resolveStatuses(db: DbOrTx, scope: Scope, document: PlanExportDocument, now: Date) {
  const existing = (await listStatuses(db, scope)).sort((a, b) => Number(b.active) - Number(a.active) || a.position - b.position);
  const byLabel = new Map<string, (typeof existing)[number]>();
  for (const status of existing) if (!byLabel.has(foldName(status.label))) byLabel.set(foldName(status.label), status);
  const wanted = new Map<string, { label: string; category: (typeof document.statuses)[number]['category'] }>();
  for (const s of [...document.statuses, ...flatFiches(document).map((f) => f.fiche.status)]) if (!wanted.has(foldName(s.label))) wanted.set(foldName(s.label), s);
  const ids = new Map<string, string>();
  const newStatuses: (typeof statuses.$inferInsert)[] = [];
  const warnings: PlanImportIssue[] = [];
  let position = await nextStatusPosition(db, scope);
  for (const [key, status] of wanted) {
    const found = byLabel.get(key);
    if (found) {
      ids.set(key, found.id);
      if (found.category !== status.category) {
        warnings.push({ path: 'statuses', message: `Le statut « ${found.label} » existe déjà avec une autre catégorie : celle de la collectivité est gardée` });
      }
      continue;
    }
    const id = newId();
    ids.set(key, id);
    newStatuses.push({ id, ...scope, label: status.label, category: status.category, position: position++, createdAt: now, updatedAt: now });
  }
  return { statusId: (label: string) => ids.get(foldName(label))!, newStatuses, warnings };
}

async function resolveIndicators(db: DbOrTx, scope: Scope, document: PlanExportDocument) {
  const codes = document.indicators.map((i) => i.code);
  const existing = new Map((await findIndicatorsByCodes(db, { ...scope, codes })).map((row) => [row.code, row.id]));
  const warnings: PlanImportIssue[] = [];
  const keptFormulas = new Set<string>();
  const created = new Set(codes.filter((c) => !existing.has(c)));
  document.indicators.forEach((indicator, i) => {
    if (existing.has(indicator.code)) {
      warnings.push({ path: `indicators[${i}]`, message: `L’indicateur ${indicator.code} existe déjà : il est lié au plan, ses cibles et mesures ne changent pas` });
      return;
    }
    if (!indicator.formula) return;
    const parsed = parseFormula(indicator.formula);
    const refs = parsed.ok ? parsed.refs.map((r) => r.toUpperCase()) : [];
    // An input is known when it exists already or comes with the document (inputs are checked again below).
    if (parsed.ok && refs.every((r) => r !== indicator.code && (existing.has(r) || created.has(r)))) keptFormulas.add(indicator.code);
    else warnings.push({ path: `indicators[${i}].formula`, message: `Formule de ${indicator.code} écartée (indicateurs d’entrée absents) : il devient un indicateur saisi` });
  });
  return { existingIndicators: existing, keptFormulas, warnings };
}

/** Nodes of other plans, by plan name (the oldest plan of that name) and node code. */
async function resolveLinkedNodes(db: DbOrTx, scope: Scope, document: PlanExportDocument) {
  const links = flatFiches(document).flatMap((f) => f.fiche.linkedNodes);
  const plans = (await findPlansByNames(db, { ...scope, names: [...new Set(links.map((l) => l.plan))] })).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const planByName = new Map<string, string>();
  for (const plan of plans) if (!planByName.has(plan.name)) planByName.set(plan.name, plan.id);
  const nodes = await listPlanNodes(db, { ...scope, planIds: [...planByName.values()] });
  const codes = codesOfNodes(nodes);
  const byKey = new Map(nodes.map((n) => [`${n.planId}\u0000${codes.get(n.id)}`, n.id]));
  const find = (link: { plan: string; node: string }) => byKey.get(`${planByName.get(link.plan)}\u0000${link.node}`) ?? null;
  const unmatched = [...new Set(links.filter((l) => !find(l)).map((l) => `${l.plan} › ${l.node}`))].sort();
  return { linkedNodeId: find, unmatched };
}

/** Reads what the document refers to in the collectivité; nothing is written. */
export async function resolveDocument(db: DbOrTx, scope: Scope, document: PlanExportDocument, now: Date): Promise<Resolution> {
  const people = await resolvePeople(db, scope, document);
  const units = await resolveUnits(db, scope, document);
  const statusIds = await resolveStatuses(db, scope, document, now);
  const indicatorIds = await resolveIndicators(db, scope, document);
  const linked = await resolveLinkedNodes(db, scope, document);
  const files = flatFiches(document).reduce((n, f) => n + f.fiche.attachments.filter((a) => a.kind === 'file').length, 0);
  const warnings: PlanImportIssue[] = [
    ...people.unmatched.map((email) => ({ path: 'people', message: `${email} n’est pas membre de la collectivité : laissé vide` })),
    ...units.unmatched.map((unit) => ({ path: 'orgUnits', message: `Unité introuvable : « ${unit} » (laissée vide)` })),
    ...statusIds.newStatuses.map((s) => ({ path: 'statuses', message: `Statut « ${s.label} » absent de la liste : il sera créé` })),
    ...statusIds.warnings,
    ...indicatorIds.warnings,
    ...linked.unmatched.map((link) => ({ path: 'linkedNodes', message: `Nœud d’un autre plan introuvable : « ${link} » (lien non repris)` })),
    ...(files > 0 ? [{ path: 'attachments', message: `${files} annexe(s) de type fichier : le document ne contient pas les fichiers, elles ne sont pas recréées` }] : []),
  ];
  return {
    personId: people.personId,
    unitId: units.unitId,
    statusId: statusIds.statusId,
    newStatuses: statusIds.newStatuses,
    existingIndicators: indicatorIds.existingIndicators,
    keptFormulas: indicatorIds.keptFormulas,
    linkedNodeId: linked.linkedNodeId,
    warnings,
    unmatched: { people: people.unmatched, orgUnits: units.unmatched, statuses: statusIds.newStatuses.map((s) => s.label), linkedNodes: linked.unmatched },
  };
}
