import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { freshnessCtes, freshnessJoins, lastUpdateSql, staleSql } from './dashboard-freshness.repository.js';
import { actionRefColumns, rankColumns, rowsOf, scopedActionsSql, type ActionRefRow, type ActionScope } from './dashboard-scope.repository.js';

export type MyActionRow = ActionRefRow & { last_update: string | null; needs_update: boolean; stale_count: number };

/**
 * The fiches in scope with their last update (journal or progress change) and whether they need
 * one (not updated since `since`): those first, the stalest first, then by end date. Capped; the
 * total and the number needing an update come with every row.
 */
export async function selectMyActions(db: DbOrTx, scope: ActionScope, list: { since: string; limit: number }) {
  const result = await db.execute(sql`
    with scoped as materialized (${scopedActionsSql(scope)}),
    ${freshnessCtes(scope.organizationId)},
    listed as (
      select ${actionRefColumns}, ${lastUpdateSql}::text as last_update, ${lastUpdateSql} as last_day, ${staleSql(list.since)} as needs_update,
        count(*) over () as total, count(*) filter (where ${staleSql(list.since)}) over () as stale_count
      from scoped a
      left join users u on u.id = a.pilot_id
      ${freshnessJoins}
      order by needs_update desc, last_day nulls first, a.ends_on nulls last, a.title, a.id
      limit ${list.limit}
    )
    select l.*, ${rankColumns('l')} from listed l
    order by l.needs_update desc, l.last_day nulls first, l.ends_on nulls last, l.title, l.id`);
  return rowsOf<MyActionRow>(result).map((row) => ({ ...row, total: Number(row.total), stale_count: Number(row.stale_count) }));
}
