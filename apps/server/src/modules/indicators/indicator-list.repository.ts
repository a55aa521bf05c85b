import { and, asc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Periodicity } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { indicators } from './indicator.table.js';

/**
 * Who reads the list. `insideUnitIds` are the actor's units and every unit below them: an
 * indicator owned by one of them, or piloted by the actor, is "inside" (policies' isInside).
 */
export interface IndicatorReader {
  admin: boolean;
  userId: string;
  insideUnitIds: string[];
}

export interface IndicatorListFilters {
  ids?: string[];
  /** Owner unit among these (a unit and its sub-units). */
  ownerUnitIds?: string[];
  planId?: string;
  nodeId?: string;
  actionId?: string;
  periodicity?: Periodicity;
  /** Already folded (lower case, no accents). */
  q?: string;
  due?: boolean;
  /** Only the indicators the reader is inside of (those they may enter measures for). */
  onlyInside?: boolean;
}

/*
 * Raw fragments name `indicators.<column>` in full: in a select list Drizzle writes a bare "id",
 * which a subquery over measures (that has its own id) would silently take for m.id.
 */

/** « isInside » of indicator.policy.ts in SQL: admin, pilot, or owner unit under one of the reader's units. */
export function insideSql(reader: IndicatorReader): SQL {
  if (reader.admin) return sql`true`;
  return sql`(exists (select 1 from indicator_pilots p where p.indicator_id = indicators.id and p.user_id = ${reader.userId})
    or indicators.owner_org_unit_id = any(${sql.param(reader.insideUnitIds)}::uuid[]))`;
}

/** The last completed period of the indicator's periodicity has no measure yet. */
export function dueSql(duePeriods: Record<Periodicity, string>): SQL {
  return sql`not exists (select 1 from measures m where m.indicator_id = indicators.id and m.period = case indicators.periodicity
    when 'monthly' then ${duePeriods.monthly} when 'quarterly' then ${duePeriods.quarterly}
    when 'half-yearly' then ${duePeriods['half-yearly']} else ${duePeriods.yearly} end)`;
}

const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY';
/** Code and name folded like foldForSearch (lower() alone would not fold accents under the C locale). */
const foldedText = sql`lower(translate(${indicators.code} || ' ' || ${indicators.name}, ${ACCENTED}, ${PLAIN}))`;

const linkedToPlan = (planId: string) =>
  sql`(exists (select 1 from indicator_node_links l join plan_nodes n on n.id = l.node_id where l.indicator_id = indicators.id and n.plan_id = ${planId})
    or exists (select 1 from indicator_action_links l join actions a on a.id = l.action_id where l.indicator_id = indicators.id and a.plan_id = ${planId}))`;

function whereOf(organizationId: string, reader: IndicatorReader, f: IndicatorListFilters, duePeriods: Record<Periodicity, string>) {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(indicators.organizationId, organizationId),
    reader.admin ? undefined : or(ne(indicators.visibility, 'unit'), insideSql(reader)),
    f.onlyInside ? insideSql(reader) : undefined,
    f.ids ? inArray(indicators.id, f.ids) : undefined,
    f.ownerUnitIds ? sql`${indicators.ownerOrgUnitId} = any(${sql.param(f.ownerUnitIds)}::uuid[])` : undefined,
    f.planId ? linkedToPlan(f.planId) : undefined,
    f.nodeId ? sql`exists (select 1 from indicator_node_links l where l.indicator_id = indicators.id and l.node_id = ${f.nodeId})` : undefined,
    f.actionId ? sql`exists (select 1 from indicator_action_links l where l.indicator_id = indicators.id and l.action_id = ${f.actionId})` : undefined,
    f.periodicity ? eq(indicators.periodicity, f.periodicity) : undefined,
    like ? sql`${foldedText} like ${like}` : undefined,
    f.due === undefined ? undefined : f.due ? dueSql(duePeriods) : sql`not ${dueSql(duePeriods)}`,
  );
}

/**
 * The indicators the reader may see that match the filters, in code order, each with whether the
 * reader is inside (reads drafts, enters measures) and whether its last completed period is due.
 */
export async function listIndicatorRows(
  db: DbOrTx,
  query: { organizationId: string; reader: IndicatorReader; filters: IndicatorListFilters; duePeriods: Record<Periodicity, string> },
) {
  return db
    .select({
      indicator: indicators,
      inside: insideSql(query.reader).mapWith(Boolean),
      due: dueSql(query.duePeriods).mapWith(Boolean),
    })
    .from(indicators)
    .where(whereOf(query.organizationId, query.reader, query.filters, query.duePeriods))
    .orderBy(asc(indicators.code));
}
