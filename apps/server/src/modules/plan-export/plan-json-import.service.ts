import { planExportDocumentSchema, PLAN_EXPORT_FORMAT, type PlanExportDocument, type PlanImportResult } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { invalid } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { documentCounts, structuralProblems } from './plan-json-import.check.js';
import { insertImportRows } from './plan-json-import.repository.js';
import { resolveDocument } from './plan-json-import.resolve.js';
import { buildImportRows } from './plan-json-import.rows.js';

/** 50 Mo: a 6,000-fiche plan with its journal is ~15 Mo of JSON. */
export const MAX_IMPORT_JSON_BYTES = 50 * 1024 * 1024;

/** The document, checked against its schema (the export's own): anything else is refused as a whole. */
export function parsePlanDocument(raw: unknown): PlanExportDocument {
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== PLAN_EXPORT_FORMAT) {
    throw invalid([{ path: 'format', message: `Ce n’est pas un export de plan Pilotis (format « ${PLAN_EXPORT_FORMAT} » attendu)` }], 'Document non reconnu');
  }
  const parsed = planExportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 50).map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), message: issue.message }));
    throw invalid(issues, 'Le document ne respecte pas le format pilotis.plan version 1');
  }
  return parsed.data;
}

/**
 * POST /api/plans/import-json: a « pilotis.plan » document becomes a NEW plan of the actor's
 * collectivité, in one transaction (all or nothing). People are matched by e-mail among the
 * members (unknown: left empty), units by their path of names, statuses by label (missing ones
 * created with their category), indicators by code (missing ones created with targets and
 * measures). A dry run reads and counts, writes nothing. Whoever may create a plan may import one.
 */
export async function importPlanDocument(ctx: AppContext, actor: MemberActor, raw: unknown, { dryRun }: { dryRun: boolean }): Promise<PlanImportResult> {
  authorize(actor, 'plan.create', { ...scopeOf(actor), state: 'draft', actorRole: null });
  const document = parsePlanDocument(raw);
  const problems = structuralProblems(document);
  const base = { dryRun, planName: document.plan.name, problems };
  const counts = { ...documentCounts(document), statusesCreated: 0, indicatorsCreated: 0, indicatorsLinked: 0, measures: 0 };
  const now = ctx.clock.now();

  const attempt = async (db: Parameters<typeof resolveDocument>[0]) => {
    const resolution = await resolveDocument(db, scopeOf(actor), document, now);
    const summary = { ...base, warnings: resolution.warnings, unmatched: resolution.unmatched };
    if (problems.length > 0) return { ...summary, planId: null, counts };
    const built = buildImportRows(document, { ...scopeOf(actor), actorUserId: actor.userId, now, resolution });
    const result = { ...summary, counts: { ...counts, ...built.counts, statusesCreated: resolution.newStatuses.length } };
    if (dryRun) return { ...result, planId: null };
    await insertImportRows(db, built.rows);
    return { ...result, planId: built.planId };
  };
  // Read and written in one transaction: what was matched is what gets written.
  return dryRun || problems.length > 0 ? attempt(ctx.db) : ctx.db.transaction((tx) => attempt(tx));
}
