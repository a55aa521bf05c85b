import type { AppContext } from '../../context.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../policies/index.js';
import { findOrgUnit } from '../org-units/org-unit.repository.js';
import { findPlanNode } from '../plan-nodes/plan-node.repository.js';
import { loadPlanForActor } from '../plans/plan.access.js';
import { findMember } from '../users/user.repository.js';
import { loadActionForActor } from '../actions/action.access.js';
import { findApiToken } from '../api-tokens/api-token.repository.js';
import { findConnector } from '../connectors/connector.repository.js';
import { loadIndicatorForActor } from '../indicators/indicator.access.js';
import { findSubscription } from '../report-subscriptions/report-subscription.repository.js';
import { loadReviewForActor, loadSeriesForActor } from '../reviews/review.access.js';

/**
 * Who may read the history of which entity. Each entry loads the entity in the actor's
 * collectivité and answers 404 when it is missing or not readable. Later modules add their types.
 */
export const historyAccess: Record<string, (ctx: AppContext, actor: MemberActor, id: string) => Promise<void>> = {
  orgUnit: async (ctx, actor, id) => {
    const unit = await findOrgUnit(ctx.db, { organizationId: actor.organizationId, id });
    if (!unit || !can(actor, 'orgUnit.read', unit)) throw notFound();
  },
  user: async (ctx, actor, id) => {
    const member = await findMember(ctx.db, { organizationId: actor.organizationId, userId: id }, ctx.clock.now());
    if (!member || !can(actor, 'user.readHistory', { id, organizationId: actor.organizationId })) throw notFound();
  },
  // A plan's history (and its nodes') is read by whoever reads the plan.
  plan: async (ctx, actor, id) => {
    await loadPlanForActor(ctx.db, actor, id);
  },
  planNode: async (ctx, actor, id) => {
    const node = await findPlanNode(ctx.db, { organizationId: actor.organizationId, id });
    if (!node) throw notFound();
    await loadPlanForActor(ctx.db, actor, node.planId);
  },
  action: async (ctx, actor, id) => {
    await loadActionForActor(ctx.db, actor, id);
  },
  indicator: async (ctx, actor, id) => {
    await loadIndicatorForActor(ctx.db, actor, id);
  },
  // Tokens and connectors are administration: their history is for the admins who manage them.
  apiToken: async (ctx, actor, id) => {
    if (!can(actor, 'apiToken.manage', { organizationId: actor.organizationId }) || !(await findApiToken(ctx.db, { organizationId: actor.organizationId, id }))) throw notFound();
  },
  connector: async (ctx, actor, id) => {
    if (!can(actor, 'connector.manage', { organizationId: actor.organizationId }) || !(await findConnector(ctx.db, { organizationId: actor.organizationId, id }))) throw notFound();
  },
  // A report subscription's history is for those who may change it: the plan's managers, admins.
  reportSubscription: async (ctx, actor, id) => {
    const subscription = await findSubscription(ctx.db, { organizationId: actor.organizationId, id });
    if (!subscription) throw notFound();
    const { resource } = await loadPlanForActor(ctx.db, actor, subscription.planId);
    if (!can(actor, 'reportSubscription.manage', resource)) throw notFound();
  },
  // A review's history is for those who manage it: its events name every agenda item, including
  // the fiches and indicators a plain reader of the plan may not read (masked on the review page).
  review: async (ctx, actor, id) => {
    await loadReviewForActor(ctx.db, actor, id, { manage: true }).catch(() => {
      throw notFound();
    });
  },
  // A series' history (title, cadence, usual attendees): whoever reads the plan.
  reviewSeries: async (ctx, actor, id) => {
    await loadSeriesForActor(ctx.db, actor, id, { manage: false });
  },
  organization: async (_ctx, actor, id) => {
    if (id !== actor.organizationId || !can(actor, 'organization.update', { organizationId: id })) throw notFound();
  },
};
