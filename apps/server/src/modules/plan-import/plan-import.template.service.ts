import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { listStatuses } from '../statuses/status.repository.js';
import { buildPlanTemplate } from './plan-import.template.js';

export const DEFAULT_LEVEL_NAMES = ['Axe', 'Objectif', 'Sous-objectif'];

/** Any member may download it; with a plan they may read, its columns are that plan's level names. */
export async function planTemplate(ctx: AppContext, actor: MemberActor, planId?: string) {
  const levelNames = planId ? (await loadPlanForActor(ctx.db, actor, planId)).plan.levelNames : DEFAULT_LEVEL_NAMES;
  // The drop-down: the collectivité's active statuses in their order.
  const statusLabels = (await listStatuses(ctx.db, scopeOf(actor))).filter((s) => s.active).map((s) => s.label);
  return buildPlanTemplate({ levelNames, statusLabels });
}
