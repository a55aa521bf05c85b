import type { DashboardFilters, PlanState } from '@pilotis/shared';
import { isAdmin } from '../../policies/types.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { can } from '../../policies/index.js';
import { compareCodes } from '../actions/action-code.js';
import { orgUnitSubtree } from '../indicators/indicator.repository.js';
import type { IndicatorReader } from '../indicators/indicator-list.repository.js';
import { lastDuePeriods } from '../indicators/indicator-list.service.js';
import { planResource } from '../plans/plan.access.js';
import { listPlansWithRole } from '../plans/plan.repository.js';
import type { PlanRow } from '../plans/plan.table.js';
import { selectLatestMeasures } from '../measures/measure-read.repository.js';
import { selectTileIndicators, type TileQuery } from './dashboard-indicators.repository.js';
import { presentTiles } from './dashboard.presenter.js';
import type { ActionScope } from './dashboard-scope.repository.js';
import { todayOf } from '../../lib/clock.js';

/** How many fiches or milestones a dashboard list shows (the total says how many there are). */
export const LIST_LIMIT = 20;
/** Milestones « à venir »: due within this many days. */
export const MILESTONE_DAYS = 30;
/** Key indicator tiles shown at most, in code order. */
export const TILE_LIMIT = 48;
/** Values in a tile's sparkline. */
export const SPARKLINE_LENGTH = 12;

/** The plans the actor reads (plan.read), each with whether they read all its fiches (plan.update: managers, admins). */
export async function readablePlans(db: DbOrTx, actor: MemberActor, states?: PlanState[]) {
  const rows = await listPlansWithRole(db, { organizationId: actor.organizationId, userId: actor.userId });
  return rows
    .filter(({ plan }) => !states || states.includes(plan.state))
    .map(({ plan, role }) => ({ plan, resource: planResource(plan, role) }))
    .filter(({ resource }) => can(actor, 'plan.read', resource))
    .map(({ plan, resource }) => ({ plan, full: can(actor, 'plan.update', resource) }));
}

/** The fiches the actor may read in these plans (everything for an admin), filtered. */
export function actionScopeOf(ctx: Pick<AppContext, 'clock'>, actor: MemberActor, plans: { plan: PlanRow; full: boolean }[], filters: DashboardFilters): ActionScope {
  const admin = isAdmin(actor);
  return {
    organizationId: actor.organizationId,
    planIds: plans.map(({ plan }) => plan.id),
    reader: admin ? null : { userId: actor.userId, unitIds: actor.unitIds, fullPlanIds: plans.filter((p) => p.full).map(({ plan }) => plan.id) },
    filters,
    today: todayOf(ctx.clock),
  };
}

/**
 * The actor as indicator rules see them: inside the indicators of their units and those below
 * (indicator.policy's isInside), admin or not (an admin reads everything, but fills only their own).
 */
export async function indicatorReaderOf(db: DbOrTx, actor: MemberActor): Promise<IndicatorReader> {
  const insideUnitIds = await orgUnitSubtree(db, { organizationId: actor.organizationId, orgUnitIds: actor.unitIds });
  return { admin: isAdmin(actor), userId: actor.userId, insideUnitIds };
}

/** Tiles of the indicators the query selects: two queries (indicators, then their recent measures). */
export async function loadTiles(db: DbOrTx, ctx: Pick<AppContext, 'clock'>, query: Omit<TileQuery, 'duePeriods' | 'limit'>) {
  const duePeriods = lastDuePeriods(ctx);
  const indicators = await selectTileIndicators(db, { ...query, duePeriods, limit: TILE_LIMIT });
  const measures = await selectLatestMeasures(db, {
    organizationId: query.organizationId,
    indicatorIds: indicators.map((i) => i.id),
    draftIndicatorIds: query.publishedOnly ? [] : indicators.filter((i) => i.inside).map((i) => i.id),
    count: SPARKLINE_LENGTH,
  });
  const tiles = presentTiles(indicators, measures);
  return indicators.map((indicator, index) => ({ indicator, tile: tiles[index]!, duePeriod: duePeriods[indicator.periodicity] }));
}

/** Node ids in code order, plan after plan in the given order (lists across plans follow the plans' names). */
export function nodeOrderOf(nodes: { id: string; planId: string }[], codes: Map<string, string>, planIds: string[]) {
  const planPlace = new Map(planIds.map((id, index) => [id, index]));
  return [...nodes]
    .sort((a, b) => (planPlace.get(a.planId) ?? 0) - (planPlace.get(b.planId) ?? 0) || compareCodes(codes.get(a.id) ?? '', codes.get(b.id) ?? ''))
    .map((node) => node.id);
}
