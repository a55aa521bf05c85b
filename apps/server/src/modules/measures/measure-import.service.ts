import type { ImportProblem, MeasureImportResult } from '@pilotis/shared';
import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { AppError } from '../../http/errors.js';
import { loadEntryAccess, type EntryAccess } from './measure-import.access.js';
import type { Field } from './measure-import.columns.js';
import { detectImportFileKind, parseMeasureFile } from './measure-import.parser.js';
import { resolveMeasureItems, writeMeasures, type MeasureProblem, type RawMeasureItem, type ResolvedMeasure } from './measure-write.service.js';

/** 20 Mo: a few hundred thousand rows; the multipart parser is registered with the same number. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 20;

export const notASpreadsheet = () =>
  new AppError(415, 'validation_failed', 'Type de fichier non accepté (d’après son contenu, quel que soit son nom) : envoyez un CSV ou un classeur XLSX');

/**
 * Imports a CSV or XLSX file of measures. A dry run checks everything and counts what would be
 * created, updated or left unchanged (by writing in a transaction rolled back), writing nothing;
 * a real run writes every row or, at the first problem anywhere in the file, none.
 */
export async function importMeasureFile(ctx: AppContext, actor: MemberActor, bytes: Uint8Array, { dryRun }: { dryRun: boolean }): Promise<MeasureImportResult> {
  const kind = await detectImportFileKind(bytes);
  if (!kind) throw notASpreadsheet();
  const parsed = await parseMeasureFile(bytes, kind);
  const base = { dryRun, rows: parsed.items.length, created: 0, updated: 0, unchanged: 0, preview: [] };
  if (parsed.problems.length > 0) return { ...base, problems: parsed.problems };

  // Items are numbered by their line, so every problem comes back with it.
  const items = parsed.items.map((item, i) => ({ ...item, index: parsed.lines[i]! }));
  const { allowed, refused } = splitByAccess(items, await loadEntryAccess(ctx.db, actor));
  const { resolved, problems } = await resolveMeasureItems(ctx.db, { organizationId: actor.organizationId, items: allowed });
  const allProblems = [...refused, ...problems].sort((a, b) => a.index - b.index).map((p) => asImportProblem(p, parsed.columnNames));
  const preview = resolved.slice(0, PREVIEW_ROWS).map((m) => ({ line: m.index, indicator: m.code, period: m.period, value: m.value!, comment: m.comment ?? '' }));

  // All or nothing: with any problem left, a real run writes nothing and answers the problems.
  if (allProblems.length > 0 && !dryRun) return { ...base, problems: allProblems, preview };
  const counts = dryRun ? await countWithoutWriting(ctx, actor, resolved) : await write(ctx, actor, resolved);
  return { ...base, ...counts, problems: allProblems, preview };
}

function splitByAccess(items: RawMeasureItem[], access: EntryAccess) {
  const allowed: RawMeasureItem[] = [];
  const refused: MeasureProblem[] = [];
  for (const item of items) {
    const code = (item.code ?? '').trim().toUpperCase();
    if (access.hidden.has(code)) refused.push({ index: item.index, message: `Indicateur inconnu : « ${item.code} »` });
    else if (access.readOnly.has(code)) refused.push({ index: item.index, message: `Vous ne pouvez pas saisir les mesures de l'indicateur ${code}` });
    else allowed.push(item);
  }
  return { allowed, refused };
}

/** The column a problem is about, told by its message (the checks are shared with the API, which has no columns). */
const FIELD_OF_MESSAGE: [RegExp, Field][] = [
  [/^(Indicateur inconnu|Code indicateur|L'indicateur|Vous ne pouvez)/, 'code'],
  [/^Période/, 'period'],
  [/^Valeur/, 'value'],
  [/^Commentaire/, 'comment'],
];

function asImportProblem(problem: MeasureProblem, columnNames: Partial<Record<Field, string>>): ImportProblem {
  const field = FIELD_OF_MESSAGE.find(([pattern]) => pattern.test(problem.message))?.[1];
  // Items are numbered by line here: « élément 12 » of the shared message is line 12.
  const message = problem.message.replace(/\(élément (\d+)\)/, '(ligne $1)');
  const column = field ? columnNames[field] : undefined;
  return { line: problem.index, message, ...(column ? { column } : {}) };
}

const writeOptions = (actor: MemberActor, measures: ResolvedMeasure[]) => ({
  organizationId: actor.organizationId,
  measures,
  source: 'import' as const,
  writer: { userId: actor.userId },
});

async function write(ctx: AppContext, actor: MemberActor, resolved: ResolvedMeasure[]) {
  if (resolved.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const { created, updated, unchanged } = await ctx.db.transaction((tx) => writeMeasures(tx, ctx, writeOptions(actor, resolved)));
  return { created, updated, unchanged };
}

class DryRunRollback extends Error {
  constructor(readonly counts: { created: number; updated: number; unchanged: number }) {
    super('dry run');
  }
}

/** The same write as the real run, rolled back: the counts are exactly what the real run will do. */
async function countWithoutWriting(ctx: AppContext, actor: MemberActor, resolved: ResolvedMeasure[]) {
  if (resolved.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  try {
    await ctx.db.transaction(async (tx) => {
      const { created, updated, unchanged } = await writeMeasures(tx, ctx, writeOptions(actor, resolved));
      throw new DryRunRollback({ created, updated, unchanged });
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.counts;
    throw error;
  }
  throw new Error('unreachable: the dry run transaction always rolls back');
}
