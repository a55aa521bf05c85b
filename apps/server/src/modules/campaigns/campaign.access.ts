import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import { authorize, can } from '../../policies/index.js';
import type { CampaignResource } from '../../policies/campaign.policy.js';
import { planResource } from '../plans/plan.access.js';
import { findPlanWithRole } from '../plans/plan.repository.js';
import { findCampaign } from './campaign.repository.js';
import type { CampaignRow } from './campaign.table.js';

/** The campaign as policies see it: its plan with the actor's role there (none for an org unit's). */
export async function campaignResource(db: DbOrTx, actor: MemberActor, row: Pick<CampaignRow, 'organizationId' | 'planId' | 'createdBy'>): Promise<CampaignResource> {
  const found = row.planId ? await findPlanWithRole(db, { organizationId: actor.organizationId, id: row.planId, userId: actor.userId }) : undefined;
  return { organizationId: row.organizationId, plan: found ? planResource(found.plan, found.role) : null, createdBy: row.createdBy };
}

/** 404 when the actor may not read it (or it is elsewhere); 403 when they read but `manage` is asked. */
export async function loadCampaignForActor(db: DbOrTx, actor: MemberActor, id: string, need: 'campaign.read' | 'campaign.manage') {
  const row = await findCampaign(db, { organizationId: actor.organizationId, id });
  if (!row) throw notFound('Campagne');
  const resource = await campaignResource(db, actor, row);
  if (!can(actor, 'campaign.read', resource)) throw notFound('Campagne');
  if (need === 'campaign.manage') authorize(actor, 'campaign.manage', resource);
  return { row, resource };
}
