import { sql, type SQL } from 'drizzle-orm';

/**
 * CTEs `logs` and `moves` over the fiches of the CTE `scoped`: the date of each fiche's latest
 * journal entry, and the day (in France) of its latest progress change — progress changes are
 * the history events of an update that changed `progress`. Read set-based, one aggregate each.
 * A fiche's last update is the later of the two (`lastUpdateSql`), null when it never had one.
 */
export function freshnessCtes(organizationId: string): SQL {
  return sql`
    logs as (
      select l.action_id, max(l.occurred_on) as day from log_entries l
      where l.organization_id = ${organizationId} and l.action_id in (select id from scoped)
      group by l.action_id
    ),
    moves as (
      select e.entity_id, (max(e.at) at time zone 'Europe/Paris')::date as day from audit_events e
      where e.organization_id = ${organizationId} and e.entity_type = 'action' and e.action = 'update'
        and e.entity_id in (select id::text from scoped) and (e.changes -> 'progress') is not null
      group by e.entity_id
    )`;
}

/** Joins of `freshnessCtes` to the fiche `a`. */
export const freshnessJoins = sql`left join logs on logs.action_id = a.id left join moves on moves.entity_id = a.id::text`;

/** The last update of the fiche `a` (greatest ignores nulls): null when never updated. */
export const lastUpdateSql = sql`greatest(logs.day, moves.day)`;

/** Stale: still to do (not done nor stopped) and no update since `since` (or never). */
export const staleSql = (since: string) => sql`(a.category not in ('done', 'stopped') and (${lastUpdateSql} is null or ${lastUpdateSql} < ${since}::date))`;
