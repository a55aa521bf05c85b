import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorDirection, Periodicity, Thresholds } from '@pilotis/shared';
import type { DbOrTx } from '../../db/client.js';
import { insideSql, type IndicatorReader } from '../indicators/indicator-list.repository.js';
import { rowsOf, scopedActionsSql, type ActionScope } from './dashboard-scope.repository.js';

/** Which indicators a dashboard shows; all conditions given must hold. */
export interface TileQuery {
  organizationId: string;
  reader: IndicatorReader;
  /** Only `organization` and `public` indicators, validated measures only (the leadership screen). */
  publishedOnly?: boolean;
  /** Linked to one of these nodes, or to a fiche of this scope. */
  linkedTo?: { nodeIds: string[]; actions?: ActionScope };
  /** Owned by one of these units. */
  ownerUnitIds?: string[];
  /** Only those the reader is inside of, as a person (pilot or owner unit path, admin or not): those they fill. */
  toFill?: boolean;
  /** Only those whose last completed period has no measure yet. */
  dueOnly?: boolean;
  /** The last completed period of each periodicity: `due` says it has no measure yet. */
  duePeriods: Record<Periodicity, string>;
  limit: number;
}

export interface TileIndicatorRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  decimals: number;
  direction: IndicatorDirection;
  periodicity: Periodicity;
  thresholds: Thresholds;
  inside: boolean;
  due: boolean;
}

const dueSql = (due: Record<Periodicity, string>) =>
  sql`not exists (select 1 from measures m where m.indicator_id = indicators.id and m.period = case indicators.periodicity
    when 'monthly' then ${due.monthly} when 'quarterly' then ${due.quarterly} when 'half-yearly' then ${due['half-yearly']} else ${due.yearly} end)`;

/** The indicators of a dashboard the reader may read (indicator.read in SQL), in code order, capped. */
export async function selectTileIndicators(db: DbOrTx, query: TileQuery) {
  const { reader } = query;
  const where: SQL[] = [sql`indicators.organization_id = ${query.organizationId}`];
  if (query.publishedOnly) where.push(sql`indicators.visibility <> 'unit'`);
  else if (!reader.admin) where.push(sql`(indicators.visibility <> 'unit' or ${insideSql(reader)})`);
  if (query.ownerUnitIds) where.push(sql`indicators.owner_org_unit_id = any(${sql.param(query.ownerUnitIds)}::uuid[])`);
  if (query.toFill) where.push(sql`indicators.formula is null`, insideSql({ ...reader, admin: false }));
  if (query.dueOnly) where.push(dueSql(query.duePeriods));
  const linked = query.linkedTo;
  if (linked) {
    const byNode = sql`exists (select 1 from indicator_node_links l where l.indicator_id = indicators.id and l.node_id = any(${sql.param(linked.nodeIds)}::uuid[]))`;
    where.push(linked.actions ? sql`(${byNode} or exists (select 1 from indicator_action_links l join scoped a on a.id = l.action_id where l.indicator_id = indicators.id))` : byNode);
  }
  const scoped = linked?.actions ? sql`with scoped as materialized (${scopedActionsSql(linked.actions)})` : sql``;
  const result = await db.execute(sql`
    ${scoped}
    select indicators.id, indicators.code, indicators.name, indicators.unit, indicators.decimals, indicators.direction, indicators.periodicity,
      indicators.thresholds, ${query.publishedOnly ? sql`false` : insideSql(reader)} as inside, ${dueSql(query.duePeriods)} as due
    from indicators
    where ${sql.join(where, sql` and `)}
    order by indicators.code
    limit ${query.limit}`);
  return rowsOf<TileIndicatorRow>(result);
}

