import { canManagePlan, type PlanResource } from './plan.policy.js';
import { isAdmin, sameOrganization, type Rule, type Scoped } from './types.js';

/**
 * A campaign as rules see it: its scope's plan (with the actor's role in it), or null when it is
 * an org unit's fiches, and who created it.
 */
export type CampaignResource = Scoped & { plan: PlanResource | null; createdBy: string | null };

/**
 * Campaigns are run by those who steer the plan: its managers and the admins. No rule makes
 * anyone « manager » of an org unit, so a campaign on an org unit's fiches is the admins'.
 * Creating, reminding and closing are one right; the creator keeps reading what they started.
 */
const manages = (actor: Parameters<Rule>[0], campaign: CampaignResource) =>
  sameOrganization(actor, campaign) && (isAdmin(actor) || (campaign.plan !== null && canManagePlan(actor, campaign.plan)));

export const campaignRules = {
  'campaign.create': manages,
  'campaign.manage': manages,
  'campaign.read': (actor, campaign) => manages(actor, campaign) || (sameOrganization(actor, campaign) && campaign.createdBy === actor.userId),
} satisfies Record<string, Rule<CampaignResource>>;
