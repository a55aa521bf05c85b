import type { AppContext } from '../../context.js';
import { scopeOf, type MemberActor } from '../../http/actor.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { listActiveStatusLabels } from './plan-import.repository.js';
import { buildPlanTemplate } from './plan-import.template.js';

export const DEFAULT_LEVEL_NAMES = ['Axe', 'Objectif', 'Sous-objectif'];

/** Any member may download it; with a plan they may read, its columns are that plan's level names. */
export async function planTemplate(ctx: AppContext, actor: MemberActor, planId?: string) {
  const levelNames = planId ? (await loadPlanForActor(ctx.db, actor, planId)).plan.levelNames : DEFAULT_LEVEL_NAMES;
  const statusLabels = await listActiveStatusLabels(ctx.db, scopeOf(actor));
  return buildPlanTemplate({ levelNames, statusLabels });
}
